package tg.cnss.eservices.account.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.kernel.Eligibility.Check;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;

/**
 * Who may join the voluntary insurance (domain-rules.md §8: pension branch only): a person insured
 * for at least 6 consecutive months, who has lost salaried status and applies within 12 months of
 * leaving work, under 60, living in Togo. The months come from the individual account; the day work
 * ended and the residence are asked (the account cannot tell them), the day checked against the
 * account's last month. The contribution: a rate of the declared monthly income, never below the
 * SMIG. Pure.
 */
public final class VoluntaryInsuranceRules {

    public static final int CONSECUTIVE_MONTHS = 6;
    public static final int MONTHS_TO_APPLY = 12;
    public static final int AGE_LIMIT = 60;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * What the decision rests on: the day, the person's birth date (null when the registry lacks
     * it), the months the account counts, and the two answers (null when not given yet).
     */
    public record Facts(
            LocalDate today,
            LocalDate birthDate,
            List<YearMonth> countedMonths,
            LocalDate leftWorkOn,
            Boolean livesInTogo) {}

    /** The longest run of consecutive months counted, as first and last month (none for an empty account). */
    public record Run(YearMonth from, YearMonth to) {

        public int months() {
            return (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        }
    }

    private VoluntaryInsuranceRules() {}

    public static Eligibility of(Facts facts) {
        List<Check> checks = new ArrayList<>();
        checks.add(consecutiveMonths(facts));
        checks.add(leftWork(facts));
        checks.add(age(facts));
        checks.add(residence(facts));
        return new Eligibility(List.copyOf(checks));
    }

    /** The monthly contribution of a declared income, rounded to the franc. */
    public static Francs contribution(Francs income, BigDecimal ratePercent) {
        return Francs.of(BigDecimal.valueOf(income.value())
                .multiply(ratePercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact());
    }

    /** The day work most likely ended, to suggest: the last day of the account's last month. */
    public static LocalDate suggestedLeavingDay(List<YearMonth> countedMonths) {
        return countedMonths.stream()
                .max(YearMonth::compareTo)
                .map(YearMonth::atEndOfMonth)
                .orElse(null);
    }

    public static Run longestRun(List<YearMonth> countedMonths) {
        Run best = null;
        YearMonth start = null;
        YearMonth previous = null;
        for (YearMonth month : new TreeSet<>(countedMonths)) {
            if (previous == null || !previous.plusMonths(1).equals(month)) {
                start = month;
            }
            Run run = new Run(start, month);
            if (best == null || run.months() > best.months()) {
                best = run;
            }
            previous = month;
        }
        return best;
    }

    private static Check consecutiveMonths(Facts facts) {
        String label = "Au moins " + CONSECUTIVE_MONTHS + " mois consécutifs d'assurance";
        Run run = longestRun(facts.countedMonths());
        if (run == null) {
            return new Check(label, false, "votre compte individuel ne compte encore aucun mois d'assurance.");
        }
        String seen = run.months() + " mois consécutifs au plus dans votre compte (de " + MonthLabels.of(run.from())
                + " à " + MonthLabels.of(run.to()) + ")";
        return run.months() >= CONSECUTIVE_MONTHS
                ? new Check(label, true, seen + ".")
                : new Check(label, false, seen + " : il en faut " + CONSECUTIVE_MONTHS + ".");
    }

    private static Check leftWork(Facts facts) {
        String label = "Activité salariée quittée depuis moins de " + MONTHS_TO_APPLY + " mois";
        LocalDate left = facts.leftWorkOn();
        if (left == null) {
            return new Check(label, false, "indiquez la date de fin de votre dernier emploi salarié.");
        }
        if (left.isAfter(facts.today())) {
            return new Check(
                    label,
                    false,
                    "vous êtes encore salarié jusqu'au " + left.format(DAY) + " : demandez après cette date.");
        }
        YearMonth lastCounted =
                facts.countedMonths().stream().max(YearMonth::compareTo).orElse(null);
        if (lastCounted != null && lastCounted.isAfter(YearMonth.from(left))) {
            return new Check(
                    label,
                    false,
                    "votre compte porte un salaire pour " + MonthLabels.of(lastCounted) + ", après le "
                            + left.format(DAY) + " : si vous avez repris un emploi salarié, l'assurance volontaire"
                            + " ne vous est pas ouverte ; sinon, faites une réclamation.");
        }
        LocalDate deadline = left.plusMonths(MONTHS_TO_APPLY);
        return facts.today().isAfter(deadline)
                ? new Check(
                        label,
                        false,
                        "emploi quitté le " + left.format(DAY) + " : la demande devait être faite au plus tard le "
                                + deadline.format(DAY) + ".")
                : new Check(
                        label,
                        true,
                        "emploi quitté le " + left.format(DAY) + " : demande possible jusqu'au " + deadline.format(DAY)
                                + ".");
    }

    private static Check age(Facts facts) {
        String label = "Moins de " + AGE_LIMIT + " ans";
        if (facts.birthDate() == null) {
            return new Check(
                    label,
                    false,
                    "votre date de naissance manque au registre de la CNSS : faites une réclamation pour la faire"
                            + " ajouter.");
        }
        int age = Period.between(facts.birthDate(), facts.today()).getYears();
        return age < AGE_LIMIT
                ? new Check(label, true, "vous avez " + age + " ans.")
                : new Check(
                        label,
                        false,
                        "vous avez " + age + " ans : à " + AGE_LIMIT + " ans, c'est la pension qu'il faut demander"
                                + " (voyez le Simulateur de Pension).");
    }

    private static Check residence(Facts facts) {
        String label = "Résidence au Togo";
        if (facts.livesInTogo() == null) {
            return new Check(label, false, "dites si vous résidez au Togo.");
        }
        return facts.livesInTogo()
                ? new Check(label, true, "vous résidez au Togo.")
                : new Check(label, false, "l'assurance volontaire est réservée aux personnes qui résident au Togo.");
    }
}
