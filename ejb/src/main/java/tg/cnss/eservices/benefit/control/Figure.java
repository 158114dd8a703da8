package tg.cnss.eservices.benefit.control;

import java.io.Serializable;

/** One figure of a benefit's computation: what it is, its value, and the rule and inputs that gave it. */
public record Figure(String label, String value, String rule) implements Serializable {}
