package tg.cnss.eservices.payment.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.kernel.Quarter;

/**
 * Whether an employer may have a quitus social (domain-rules.md §7), each condition explained as
 * the page shows it before any request: every worker registered, every monthly declaration and
 * every DNR filed whose due date has passed, nothing unpaid (surcharges included), and for a
 * business registered less than six months ago, six months of regular declarations and payments
 * first (communiqué of 22/08/2024). A condition not met says what is missing and where to put it
 * right; an employer not eligible may still have an attestation d'immatriculation.
 *
 * <p>Pure: the caller gathers the facts (which months and quarters were due, from the declaration
 * rules; what the account owes, from the statement).
 */
public final class QuitusEligibility {

    /** New businesses: six months of regular declarations and payments before a quitus. */
    public static final int MONTHS_FOR_A_NEW_BUSINESS = 6;

    private static final int MISSING_SHOWN = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What the employer's files say today. */
    public record Facts(
            LocalDate today,
            LocalDate registeredOn,
            List<YearMonth> monthsDue,
            Set<YearMonth> monthsDeclared,
            List<Quarter> quartersDue,
            Set<Quarter> quartersDeclared,
            int workersToRegister,
            Francs owed) {}

    /** One condition: met or not, why, and the page that puts it right (a path in the employer's space). */
    public record Check(String label, boolean met, String explanation, String fixPage) {}

    public record Eligibility(boolean eligible, List<Check> checks) {}

    private QuitusEligibility() {}

    public static Eligibility of(Facts facts) {
        List<Check> checks = new ArrayList<>();
        checks.add(workers(facts));
        checks.add(monthlyDeclarations(facts));
        checks.add(wageDeclarations(facts));
        checks.add(payments(facts));
        checks.add(seniority(facts));
        return new Eligibility(checks.stream().allMatch(Check::met), List.copyOf(checks));
    }

    /**
     * "À jour de ses obligations": every condition but the new business's six months, which delays a
     * quitus and says nothing of whether the obligations are met.
     */
    public static boolean upToDate(Facts facts) {
        return workers(facts).met()
                && monthlyDeclarations(facts).met()
                && wageDeclarations(facts).met()
                && payments(facts).met();
    }

    private static Check workers(Facts facts) {
        int missing = facts.workersToRegister();
        return missing == 0
                ? new Check(
                        "Tous vos travailleurs sont immatriculés",
                        true,
                        "Aucun travailleur de vos DNR sans numéro d'assuré.",
                        null)
                : new Check(
                        "Tous vos travailleurs sont immatriculés",
                        false,
                        missing + " travailleur(s) de vos DNR n'ont pas de numéro d'assuré : demandez leur"
                                + " immatriculation.",
                        "immatriculation-travailleur.xhtml");
    }

    private static Check monthlyDeclarations(Facts facts) {
        List<YearMonth> missing = facts.monthsDue().stream()
                .filter(month -> !facts.monthsDeclared().contains(month))
                .sorted()
                .toList();
        return missing.isEmpty()
                ? new Check("Déclarations de cotisation à jour", true, "Chaque mois échu est déclaré.", null)
                : new Check(
                        "Déclarations de cotisation à jour",
                        false,
                        "Mois non déclarés : "
                                + listed(missing.stream().map(MonthLabels::of).toList()) + ".",
                        "declaration-cotisation.xhtml");
    }

    private static Check wageDeclarations(Facts facts) {
        List<Quarter> missing = facts.quartersDue().stream()
                .filter(quarter -> !facts.quartersDeclared().contains(quarter))
                .sorted()
                .toList();
        return missing.isEmpty()
                ? new Check("DNR à jour", true, "Chaque trimestre échu a sa DNR.", null)
                : new Check(
                        "DNR à jour",
                        false,
                        "Trimestres sans DNR : "
                                + listed(missing.stream().map(Quarter::label).toList()) + ".",
                        "dnr-en-ligne.xhtml");
    }

    private static Check payments(Facts facts) {
        return facts.owed().value() <= 0
                ? new Check("Cotisations payées", true, "Rien d'impayé à ce jour.", null)
                : new Check(
                        "Cotisations payées",
                        false,
                        "Reste à payer, majorations comprises : " + facts.owed().display() + ".",
                        "compte-cotisant.xhtml");
    }

    private static Check seniority(Facts facts) {
        LocalDate opensOn = facts.registeredOn().plusMonths(MONTHS_FOR_A_NEW_BUSINESS);
        return facts.today().isBefore(opensOn)
                ? new Check(
                        "Six mois d'activité régulière",
                        false,
                        "Entreprise immatriculée le " + facts.registeredOn().format(DAY) + " : le quitus est délivré"
                                + " après six mois de déclarations et de paiements réguliers (communiqué du"
                                + " 22/08/2024), à partir du " + opensOn.format(DAY) + ".",
                        null)
                : new Check(
                        "Six mois d'activité régulière",
                        true,
                        "Entreprise immatriculée depuis le "
                                + facts.registeredOn().format(DAY) + ".",
                        null);
    }

    /** The first few, then how many more. */
    private static String listed(List<String> items) {
        String shown = items.stream().limit(MISSING_SHOWN).collect(Collectors.joining(", "));
        return items.size() <= MISSING_SHOWN ? shown : shown + " et " + (items.size() - MISSING_SHOWN) + " autre(s)";
    }
}
