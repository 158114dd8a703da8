package tg.cnss.eservices.declaration.control;

import java.time.LocalDate;

/** A worker of the roster written into the DNR model; {@code exitDate} when he left during the quarter, else null. */
public record DnrPrefill(String insuredNumber, String lastName, String firstNames, LocalDate exitDate) {}
