package tg.cnss.eservices.account.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.kernel.MonthLabels;

/**
 * What an attestation individuelle certifies of a career on the day it is issued: the months of
 * insurance counted, the first and the last, and the last employer that declared the person. Pure:
 * worked out from the account's months, the same way for the preview, the agent and the document.
 */
public record AttestedCareer(
        LocalDate asOf, int monthsCounted, YearMonth firstMonth, YearMonth lastMonth, String lastEmployer) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static AttestedCareer of(List<IndividualCareer.Month> months, LocalDate asOf) {
        List<IndividualCareer.Month> counted = months.stream()
                .filter(month -> month.days() > 0 || month.pay() > 0)
                .filter(month -> !month.period().isAfter(YearMonth.from(asOf)))
                .sorted(Comparator.comparing(IndividualCareer.Month::period))
                .toList();
        if (counted.isEmpty()) {
            return new AttestedCareer(asOf, 0, null, null, null);
        }
        IndividualCareer.Month last = counted.get(counted.size() - 1);
        String employer = last.employerName() == null
                ? null
                : last.employerNumber() == null
                        ? last.employerName()
                        : last.employerName() + " (n° " + last.employerNumber() + ")";
        return new AttestedCareer(
                asOf,
                (int) counted.stream()
                        .map(IndividualCareer.Month::period)
                        .distinct()
                        .count(),
                counted.get(0).period(),
                last.period(),
                employer);
    }

    /** The last employer that declared the person, if the books name one. */
    public Optional<String> lastEmployerName() {
        return Optional.ofNullable(lastEmployer);
    }

    /** The sentence the attestation prints, as of its day. */
    public String text() {
        if (monthsCounted == 0) {
            return "À la date du " + asOf.format(DAY) + ", aucun mois de cotisation ne figure encore à son compte"
                    + " individuel.";
        }
        String text = "À la date du " + asOf.format(DAY) + ", son compte individuel compte " + monthsCounted
                + " mois d'assurance, de " + MonthLabels.of(firstMonth)
                + " à " + MonthLabels.of(lastMonth) + ".";
        return lastEmployerName()
                .map(employer -> text + " Dernier employeur déclarant : " + employer + ".")
                .orElse(text);
    }
}
