package tg.cnss.eservices.account.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Assurance volontaire" as typed: the two answers the account cannot give (when work ended, living
 * in Togo), the monthly income declared (as typed: "150 000"), and the ID document chosen from the list with its number.
 */
public record VoluntaryForm(
        LocalDate leftWorkOn, Boolean livesInTogo, String monthlyIncome, String idDocumentType, String idDocumentNumber)
        implements Serializable {}
