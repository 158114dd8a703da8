package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;

/** The employer's part of a work accident's declaration, as typed (headcount as typed: "25"). */
public record EmployerAccidentPart(String headcount, String activity, String email, String phone, String statement)
        implements Serializable {}
