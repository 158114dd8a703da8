package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.platform.control.Clocks;

/** An employer's ledger, read whole, and the statement it makes on a given day. */
@Dependent
public class AccountStatements {

    @PersistenceContext
    EntityManager em;

    /** Every line of the account, in the order they were written. */
    public List<LedgerEntry> linesOf(String employerNumber) {
        return em.createQuery(
                        "SELECT e FROM LedgerEntry e WHERE e.employerNumber = :employer ORDER BY e.postedAt, e.id",
                        LedgerEntry.class)
                .setParameter("employer", employerNumber)
                .getResultList();
    }

    public ContributorStatement.Statement statementOf(List<LedgerEntry> lines, LocalDate asOf) {
        List<ContributorStatement.Movement> movements = lines.stream()
                .filter(line -> line.getKind() != LedgerEntryKind.PAYMENT)
                .map(line -> new ContributorStatement.Movement(
                        line.getPeriod(),
                        line.getPostedAt().atZone(Clocks.LOME).toLocalDate(),
                        line.getAmount(),
                        line.getDueDate()))
                .toList();
        List<ContributorStatement.Payment> payments = lines.stream()
                .filter(line -> line.getKind() == LedgerEntryKind.PAYMENT)
                .map(line -> new ContributorStatement.Payment(
                        line.getSourceReference(), line.getValueDate(), -line.getAmount()))
                .toList();
        return ContributorStatement.of(movements, payments, asOf);
    }
}
