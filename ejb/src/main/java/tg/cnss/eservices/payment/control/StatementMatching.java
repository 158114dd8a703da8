package tg.cnss.eservices.payment.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * Which lines of a bank's statement may be the payment an employer reported: the same amount
 * always; then, the stronger the better, the bank's reference of the operation in the label, the
 * employer's number in it (the payment reference the portal asks to quote), a value date close to
 * the day reported. Proposals only: the agent decides.
 */
public final class StatementMatching {

    /** How far from the day reported a value date may be (the bank's clearing, a weekend). */
    static final int DAYS_AROUND = 10;

    /** The notice as reported. */
    public record Notice(String bankReference, String employerNumber, long amount, LocalDate paidOn) {}

    /** A statement line not yet matched, with its id. */
    public record Candidate(long id, StatementLine line) {}

    /** A proposal: the line, how strong (3: reference and number, 0: the amount only) and why. */
    public record Proposal(Candidate candidate, int strength, String why) {}

    /** E, eight digits, two digits: separated by spaces, dots or dashes, or not at all. */
    private static final Pattern QUOTED_NUMBER =
            Pattern.compile("(?<![A-Z0-9])E[ .-]*\\d{8}[ .-]*\\d{2}(?![0-9])", Pattern.CASE_INSENSITIVE);

    private StatementMatching() {}

    public static List<Proposal> proposals(Notice notice, List<Candidate> lines) {
        return lines.stream()
                .filter(candidate -> candidate.line().amount() == notice.amount())
                .filter(candidate -> Math.abs(ChronoUnit.DAYS.between(
                                notice.paidOn(), candidate.line().valueDate()))
                        <= DAYS_AROUND)
                .map(candidate -> proposalOf(notice, candidate))
                .sorted(Comparator.comparingInt(Proposal::strength)
                        .reversed()
                        .thenComparingLong(proposal -> Math.abs(ChronoUnit.DAYS.between(
                                notice.paidOn(), proposal.candidate().line().valueDate()))))
                .toList();
    }

    private static Proposal proposalOf(Notice notice, Candidate candidate) {
        String label = compact(candidate.line().label());
        boolean reference =
                !compact(notice.bankReference()).isEmpty() && label.contains(compact(notice.bankReference()));
        boolean employer = label.contains(compact(notice.employerNumber()));
        int strength = (reference ? 2 : 0) + (employer ? 1 : 0);
        String why = reference && employer
                ? "même montant, référence bancaire et n° employeur dans le libellé"
                : reference
                        ? "même montant et référence bancaire dans le libellé"
                        : employer ? "même montant et n° employeur dans le libellé" : "même montant seulement";
        return new Proposal(candidate, strength, why);
    }

    /**
     * The employer numbers a label quotes — the payment reference the portal asks payers to write
     * ("COTISATIONS E-12345678-89"), however spaced — those whose check key is right, in order.
     */
    public static List<EmployerNumber> quotedEmployers(String label) {
        List<EmployerNumber> numbers = new java.util.ArrayList<>();
        Matcher quoted = QUOTED_NUMBER.matcher(label == null ? "" : label);
        while (quoted.find()) {
            try {
                EmployerNumber number = EmployerNumber.parse(quoted.group());
                if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            } catch (InvalidNumberException notANumber) {
                // a reference that looks like one: not a payer's number
            }
        }
        return numbers;
    }

    /** "VIR 2026/123-a" → "VIR2026123A": labels and references compared without spaces or signs. */
    static String compact(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
