package tg.cnss.eservices.payment.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tg.cnss.eservices.payment.entity.BankStatementLine;

/**
 * The imported statement lines not yet matched that may be a notice's money, likeliest first
 * ({@link StatementMatching}): for one notice (its page's approval options) or for many at once
 * (the import page), the lines then read in one query.
 */
@Dependent
public class StatementProposals {

    @PersistenceContext
    EntityManager em;

    /** A notice to match: its bank, and what {@link StatementMatching} compares. */
    public record Request(String bankCode, StatementMatching.Notice notice) {}

    public List<StatementMatching.Proposal> of(Request request) {
        return StatementMatching.proposals(
                request.notice(),
                candidatesOf(
                        unmatched(request.bankCode(), List.of(request.notice().amount()))));
    }

    /** The proposals of each notice, keyed as given; the unmatched lines of their amounts read once. */
    public <K> Map<K, List<StatementMatching.Proposal>> of(Map<K, Request> requests) {
        List<BankStatementLine> lines = requests.isEmpty()
                ? List.of()
                : unmatched(
                        null,
                        requests.values().stream()
                                .map(request -> request.notice().amount())
                                .distinct()
                                .toList());
        return requests.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry -> StatementMatching.proposals(
                                entry.getValue().notice(),
                                candidatesOf(lines.stream()
                                        .filter(line -> line.getBankCode()
                                                .equals(entry.getValue().bankCode()))
                                        .toList()))));
    }

    /** The unmatched lines of these amounts, of one bank (or of all, {@code bankCode} null). */
    private List<BankStatementLine> unmatched(String bankCode, Collection<Long> amounts) {
        var query = em.createQuery(
                        "SELECT l FROM BankStatementLine l WHERE l.amount IN :amounts AND l.matchedRequestId IS NULL"
                                + (bankCode == null ? "" : " AND l.bankCode = :bank")
                                + " ORDER BY l.valueDate, l.id",
                        BankStatementLine.class)
                .setParameter("amounts", amounts);
        if (bankCode != null) {
            query.setParameter("bank", bankCode);
        }
        return query.getResultList();
    }

    private static List<StatementMatching.Candidate> candidatesOf(List<BankStatementLine> lines) {
        return lines.stream()
                .map(line -> new StatementMatching.Candidate(
                        line.getId(), new StatementLine(0, line.getValueDate(), line.getAmount(), line.getLabel())))
                .toList();
    }
}
