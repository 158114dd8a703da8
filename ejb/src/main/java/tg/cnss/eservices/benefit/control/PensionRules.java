package tg.cnss.eservices.benefit.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * The old-age branch (domain-rules.md §4, CSS art. 41 to 47): at 60 with 180 months of insurance, a
 * pension of 20 % of the average monthly wage, increased beyond 180 months; from 55, an early
 * pension reduced by 5 % a year before 60; at 60 with 12 to 179 months, the old-age allowance, a
 * lump sum paid once. What the law leaves to texts not published — the increment, the wage
 * averaged, the cap, the allowance's formula — are named {@link Parameters}, said unconfirmed
 * wherever a figure uses them. Pure: the caller gives the career's months and wages.
 */
public final class PensionRules {

    /** The rules' version, printed with every simulation. */
    public static final String VERSION = "Règles pension CSS art. 41 à 47, paramètres du 01/12/2026";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The scheme's figures. Confirmed: 20 %, 60 and 55 years, 180 months, 5 % a year early. Not
     * confirmed (named on every result): the increment per 12 months beyond 180, the cap, the
     * windows of months whose average wage counts (the more favourable), the allowance's months.
     */
    public record Parameters(
            BigDecimal baseRatePercent,
            BigDecimal incrementPercentPer12Months,
            BigDecimal capPercent,
            List<Integer> averageWindows,
            int pensionMonths,
            int allowanceMonths,
            int normalAge,
            int earlyAge,
            BigDecimal earlyReductionPercentPerYear) {

        public static final Parameters CURRENT = new Parameters(
                BigDecimal.valueOf(20),
                BigDecimal.ONE,
                BigDecimal.valueOf(40),
                List.of(36, 60),
                180,
                12,
                60,
                55,
                BigDecimal.valueOf(5));

        /** For an early pension for premature wear (a medical finding): as old age, with no reduction. */
        public Parameters withoutEarlyReduction() {
            return new Parameters(
                    baseRatePercent,
                    incrementPercentPer12Months,
                    capPercent,
                    averageWindows,
                    pensionMonths,
                    allowanceMonths,
                    normalAge,
                    earlyAge,
                    BigDecimal.ZERO);
        }

        /** The parameters not confirmed by a published text, as the simulator says them. */
        public List<String> unconfirmed() {
            return List.of(
                    "majoration de " + percent(incrementPercentPer12Months) + " par 12 mois au-delà de " + pensionMonths
                            + " mois",
                    "plafond du taux à " + percent(capPercent),
                    "salaire moyen : le plus favorable des " + windowsLabel(averageWindows) + " derniers mois",
                    "allocation de vieillesse : un salaire moyen par 12 mois d'assurance");
        }
    }

    /** What the simulation finds. */
    public enum Outcome {
        PENSION("Pension de vieillesse"),
        EARLY_PENSION("Pension anticipée"),
        OLD_AGE_ALLOWANCE("Allocation de vieillesse"),
        NOTHING_YET("Aucune prestation à cette date");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The result: the outcome, the monthly pension or the lump sum (zero otherwise), every figure
     * with its rule, why (in a sentence), the version and the unconfirmed parameters used.
     */
    public record Simulation(
            Outcome outcome,
            Francs monthlyPension,
            Francs lumpSum,
            String verdict,
            List<Figure> figures,
            String version,
            List<String> unconfirmed) {}

    private PensionRules() {}

    /**
     * @param monthlyWages the gross wage of each month counted, oldest first (the future months of
     *     a "what if" included): their number is the months of insurance
     */
    public static Simulation simulate(
            LocalDate birthDate, LocalDate retirementDate, List<Long> monthlyWages, Parameters parameters) {
        int months = monthlyWages.size();
        int age = Period.between(birthDate, retirementDate).getYears();
        Francs average = averageWage(monthlyWages, parameters.averageWindows());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(
                "Âge au " + retirementDate.format(DAY),
                age + " ans",
                "né(e) le " + birthDate.format(DAY) + " ; pension normale à " + parameters.normalAge()
                        + " ans, anticipée dès " + parameters.earlyAge() + " ans"));
        figures.add(new Figure(
                "Mois d'assurance",
                months + " mois",
                "mois cotisés de votre compte individuel (et mois futurs supposés) ; " + parameters.pensionMonths()
                        + " mois ouvrent la pension, " + parameters.allowanceMonths() + " l'allocation"));
        figures.add(new Figure(
                "Salaire mensuel moyen",
                average.display(),
                "le plus favorable des salaires moyens des " + windowsLabel(parameters.averageWindows())
                        + " derniers mois cotisés (non confirmé)"));
        Simulation result;
        if (age >= parameters.normalAge() && months >= parameters.pensionMonths()) {
            result = pension(Outcome.PENSION, average, months, 0, figures, parameters);
        } else if (age >= parameters.normalAge() && months >= parameters.allowanceMonths()) {
            result = allowance(average, months, figures, parameters);
        } else if (age >= parameters.earlyAge() && months >= parameters.pensionMonths()) {
            result = pension(Outcome.EARLY_PENSION, average, months, parameters.normalAge() - age, figures, parameters);
        } else {
            result = nothingYet(birthDate, age, months, figures, parameters);
        }
        return result;
    }

    private static Simulation pension(
            Outcome outcome, Francs average, int months, int yearsEarly, List<Figure> figures, Parameters parameters) {
        int increments = (months - parameters.pensionMonths()) / 12;
        BigDecimal rate = parameters
                .baseRatePercent()
                .add(parameters.incrementPercentPer12Months().multiply(BigDecimal.valueOf(increments)))
                .min(parameters.capPercent());
        figures.add(new Figure(
                "Taux de la pension",
                percent(rate),
                percent(parameters.baseRatePercent()) + " pour " + parameters.pensionMonths() + " mois, + "
                        + percent(parameters.incrementPercentPer12Months()) + " par 12 mois au-delà (" + increments
                        + " × 12 mois, non confirmé), au plus " + percent(parameters.capPercent())
                        + " (non confirmé)"));
        BigDecimal amount = BigDecimal.valueOf(average.value()).multiply(rate).divide(HUNDRED);
        String verdict;
        if (yearsEarly > 0 && parameters.earlyReductionPercentPerYear().signum() == 0) {
            verdict = "Pension anticipée sans réduction : l'usure prématurée doit être constatée par le"
                    + " médecin-conseil de la CNSS.";
        } else if (yearsEarly > 0) {
            BigDecimal reduction = parameters.earlyReductionPercentPerYear().multiply(BigDecimal.valueOf(yearsEarly));
            figures.add(new Figure(
                    "Réduction pour anticipation",
                    "− " + percent(reduction),
                    percent(parameters.earlyReductionPercentPerYear()) + " par année avant " + parameters.normalAge()
                            + " ans (" + yearsEarly + " an(s))"));
            amount = amount.multiply(HUNDRED.subtract(reduction)).divide(HUNDRED);
            verdict = "Vous pourriez partir en pension anticipée, réduite de " + percent(reduction) + " ; à "
                    + parameters.normalAge() + " ans elle ne le serait pas.";
        } else {
            verdict = "Vous remplissez les conditions de la pension de vieillesse.";
        }
        Francs monthly = Francs.of(amount.setScale(0, RoundingMode.HALF_UP).longValueExact());
        figures.add(new Figure(
                "Pension mensuelle",
                monthly.display(),
                "salaire moyen × taux"
                        + (yearsEarly > 0
                                        && parameters
                                                        .earlyReductionPercentPerYear()
                                                        .signum()
                                                > 0
                                ? " × (100 % − réduction)"
                                : "")
                        + ", arrondi au franc"));
        return new Simulation(
                outcome, monthly, Francs.ZERO, verdict, List.copyOf(figures), VERSION, parameters.unconfirmed());
    }

    private static Simulation allowance(Francs average, int months, List<Figure> figures, Parameters parameters) {
        int years = months / 12;
        Francs lumpSum = Francs.of(average.value() * years);
        figures.add(new Figure(
                "Allocation de vieillesse (versée une fois)",
                lumpSum.display(),
                "un salaire mensuel moyen par 12 mois d'assurance (" + years + " × " + average.display()
                        + ", non confirmé) : moins de " + parameters.pensionMonths()
                        + " mois ne donnent pas de pension"));
        return new Simulation(
                Outcome.OLD_AGE_ALLOWANCE,
                Francs.ZERO,
                lumpSum,
                "Avec " + months + " mois d'assurance (moins de " + parameters.pensionMonths()
                        + "), vous auriez droit à l'allocation de vieillesse, versée en une fois.",
                List.copyOf(figures),
                VERSION,
                parameters.unconfirmed());
    }

    private static Simulation nothingYet(
            LocalDate birthDate, int age, int months, List<Figure> figures, Parameters parameters) {
        String verdict;
        if (age < parameters.earlyAge()) {
            verdict = "Pas encore : la pension anticipée s'ouvre à " + parameters.earlyAge() + " ans (le "
                    + birthDate.plusYears(parameters.earlyAge()).format(DAY) + ") avec " + parameters.pensionMonths()
                    + " mois d'assurance, la pension normale à " + parameters.normalAge() + " ans (le "
                    + birthDate.plusYears(parameters.normalAge()).format(DAY) + ").";
        } else if (age < parameters.normalAge()) {
            verdict = "Pas encore : il faut " + parameters.pensionMonths() + " mois d'assurance pour une pension"
                    + " anticipée (vous en avez " + months + ") ; à " + parameters.normalAge() + " ans (le "
                    + birthDate.plusYears(parameters.normalAge()).format(DAY) + "), "
                    + (months >= parameters.allowanceMonths()
                            ? "l'allocation de vieillesse."
                            : "selon vos mois d'ici là.");
        } else {
            verdict = "Moins de " + parameters.allowanceMonths() + " mois d'assurance : ni pension ni allocation de"
                    + " vieillesse.";
        }
        return new Simulation(
                Outcome.NOTHING_YET,
                Francs.ZERO,
                Francs.ZERO,
                verdict,
                List.copyOf(figures),
                VERSION,
                parameters.unconfirmed());
    }

    /** The more favourable of the averages of the last months of each window (fewer if the career is shorter). */
    static Francs averageWage(List<Long> monthlyWages, List<Integer> windows) {
        long best = 0;
        for (int window : windows) {
            List<Long> last = monthlyWages.subList(Math.max(0, monthlyWages.size() - window), monthlyWages.size());
            if (!last.isEmpty()) {
                long sum = last.stream().mapToLong(Long::longValue).sum();
                best = Math.max(
                        best,
                        BigDecimal.valueOf(sum)
                                .divide(BigDecimal.valueOf(last.size()), 0, RoundingMode.HALF_UP)
                                .longValueExact());
            }
        }
        return Francs.of(best);
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    private static String windowsLabel(List<Integer> windows) {
        return windows.stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + " ou " + b)
                .orElse("");
    }
}
