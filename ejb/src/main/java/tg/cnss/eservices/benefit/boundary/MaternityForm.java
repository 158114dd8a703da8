package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** "I.J.M" as typed: the expected birth, the actual one if it has happened, the work stop's first and last days. */
public record MaternityForm(LocalDate expectedBirth, LocalDate actualBirth, LocalDate stopFrom, LocalDate stopTo)
        implements Serializable {}
