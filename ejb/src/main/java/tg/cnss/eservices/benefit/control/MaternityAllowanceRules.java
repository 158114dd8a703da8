package tg.cnss.eservices.benefit.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;

/**
 * The maternity daily allowance, "I.J.M" (domain-rules.md §5): 14 weeks of the average daily pay,
 * at 100 % for a work stop starting on or after 15/11/2022 (law of that day), 50 % before; open to
 * an insured woman registered at least 12 months before the expected birth, whose work has
 * actually stopped. How the average daily pay is worked out is not published: here, the pay of the
 * last three months declared before the stop over the days declared in them (30 a month when the
 * employer declared none) — named as unconfirmed with every estimate.
 */
public final class MaternityAllowanceRules {

    public static final String VERSION = "I.J.M, loi du 15/11/2022, domain-rules §5, règles du 03/12/2026";
    public static final LocalDate FULL_RATE_SINCE = LocalDate.of(2022, 11, 15);
    public static final int DAYS = 14 * 7;
    public static final int MONTHS_REGISTERED = 12;
    public static final int PAY_MONTHS = 3;
    public static final String UNCONFIRMED = "salaire journalier moyen : salaires des " + PAY_MONTHS
            + " derniers mois déclarés avant l'arrêt ÷ jours déclarés (30 par mois sans jours déclarés) — non"
            + " publié, à confirmer par la CNSS";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int DAYS_IN_A_MONTH_WITHOUT_DAYS = 30;

    /** A month of the account: its pay and the days declared with it. */
    public record PayMonth(YearMonth period, int days, long pay) {}

    /**
     * What the rules need.
     *
     * @param registeredSince when the woman became insured (registration or first month on record); null if unknown
     * @param stopTo the last day of the work stop; null when not known yet (14 weeks are then supposed)
     * @param payMonths the account's months, any order
     */
    public record Facts(
            LocalDate registeredSince,
            LocalDate expectedBirth,
            LocalDate stopFrom,
            LocalDate stopTo,
            List<PayMonth> payMonths,
            LocalDate today) {}

    /** The estimate: the allowance for the days paid, every figure with its rule. */
    public record Estimate(Francs dailyPay, BigDecimal ratePercent, int days, Francs amount, List<Figure> figures) {}

    private MaternityAllowanceRules() {}

    public static Eligibility eligibility(Facts facts) {
        List<Eligibility.Check> checks = new ArrayList<>();
        LocalDate needed =
                facts.expectedBirth() == null ? null : facts.expectedBirth().minusMonths(MONTHS_REGISTERED);
        if (facts.registeredSince() == null) {
            checks.add(
                    new Eligibility.Check(
                            "Immatriculée depuis 12 mois",
                            false,
                            "votre compte ne dit pas encore depuis quand vous êtes assurée : écrivez à la CNSS (Réclamations)."));
        } else if (needed == null) {
            checks.add(new Eligibility.Check(
                    "Immatriculée depuis 12 mois",
                    false,
                    "indiquez la date présumée de l'accouchement : la condition se compte à partir d'elle."));
        } else {
            boolean met = !facts.registeredSince().isAfter(needed);
            checks.add(new Eligibility.Check(
                    "Immatriculée depuis 12 mois",
                    met,
                    "assurée depuis le " + facts.registeredSince().format(DAY) + (met ? ", " : ", mais ")
                            + "il faut l'être depuis le " + needed.format(DAY) + " au plus tard (12 mois avant"
                            + " l'accouchement présumé du "
                            + facts.expectedBirth().format(DAY) + ")."));
        }
        if (facts.stopFrom() == null) {
            checks.add(new Eligibility.Check(
                    "Travail arrêté", false, "indiquez le premier jour de votre arrêt de travail."));
        } else {
            boolean stopped = !facts.stopFrom().isAfter(facts.today());
            checks.add(new Eligibility.Check(
                    "Travail arrêté",
                    stopped,
                    stopped
                            ? "arrêt de travail depuis le " + facts.stopFrom().format(DAY) + "."
                            : "votre arrêt commence le " + facts.stopFrom().format(DAY)
                                    + " : déposez la demande une fois l'arrêt commencé."));
        }
        return new Eligibility(checks);
    }

    /** The allowance for the stop; the daily pay from the last months declared before it. */
    public static Estimate estimate(Facts facts) {
        List<PayMonth> before = facts.payMonths().stream()
                .filter(month -> month.pay() > 0 && month.period().isBefore(YearMonth.from(facts.stopFrom())))
                .sorted((a, b) -> b.period().compareTo(a.period()))
                .limit(PAY_MONTHS)
                .toList();
        long pay = before.stream().mapToLong(PayMonth::pay).sum();
        long days = before.stream()
                .mapToLong(month -> month.days() > 0 ? month.days() : DAYS_IN_A_MONTH_WITHOUT_DAYS)
                .sum();
        int paidDays = facts.stopTo() == null
                ? DAYS
                : (int) Math.min(DAYS, ChronoUnit.DAYS.between(facts.stopFrom(), facts.stopTo()) + 1);
        BigDecimal rate = facts.stopFrom().isBefore(FULL_RATE_SINCE) ? BigDecimal.valueOf(50) : BigDecimal.valueOf(100);
        Francs daily = days == 0
                ? Francs.ZERO
                : Francs.of(BigDecimal.valueOf(pay)
                        .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP)
                        .longValueExact());
        Francs amount = days == 0
                ? Francs.ZERO
                : Francs.of(BigDecimal.valueOf(pay)
                        .multiply(BigDecimal.valueOf(paidDays))
                        .multiply(rate)
                        .divide(BigDecimal.valueOf(days * 100), 0, RoundingMode.HALF_UP)
                        .longValueExact());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                "Salaires retenus",
                Francs.of(pay).display() + " pour " + days + " jours",
                before.isEmpty()
                        ? "aucun salaire déclaré avant l'arrêt dans votre compte individuel"
                        : "mois de " + monthsLabel(before) + ", les " + PAY_MONTHS
                                + " derniers déclarés avant l'arrêt (non confirmé)"));
        figures.add(
                new Figure("Salaire journalier moyen", daily.display(), "salaires ÷ jours déclarés (non confirmé)"));
        figures.add(new Figure(
                "Taux",
                rate.toPlainString() + " %",
                facts.stopFrom().isBefore(FULL_RATE_SINCE)
                        ? "arrêt commencé avant le 15/11/2022 : 50 %"
                        : "arrêt commencé depuis le 15/11/2022 (loi du 15/11/2022) : 100 %"));
        figures.add(new Figure(
                "Jours indemnisés",
                paidDays + " jours",
                "14 semaines (" + DAYS + " jours) au plus"
                        + (facts.stopTo() == null ? ", fin de l'arrêt non indiquée" : ", selon les dates de l'arrêt")));
        figures.add(
                new Figure("Montant estimé", amount.display(), "salaire journalier × taux × jours, arrondi au franc"));
        return new Estimate(daily, rate, paidDays, amount, List.copyOf(figures));
    }

    private static String monthsLabel(List<PayMonth> months) {
        return months.stream()
                .map(PayMonth::period)
                .sorted()
                .map(MonthLabels::of)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }
}
