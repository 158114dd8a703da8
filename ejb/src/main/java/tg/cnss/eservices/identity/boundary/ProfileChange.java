package tg.cnss.eservices.identity.boundary;

import java.io.Serializable;

/** One changed detail: its label, what the account holds, what it would hold. */
public record ProfileChange(String field, String label, String oldValue, String newValue) implements Serializable {}
