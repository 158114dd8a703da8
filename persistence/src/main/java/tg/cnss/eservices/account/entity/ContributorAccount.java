package tg.cnss.eservices.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * An employer's contributor account: the balance of its ledger, moved by each posting in the
 * posting's transaction. The version makes two concurrent postings conflict (one is retried or
 * refused) instead of one silently overwriting the other's balance.
 */
@Entity
@Table(name = "contributor_account")
public class ContributorAccount {

    @Id
    @Column(name = "employer_number", length = 11)
    private String employerNumber;

    @Column(name = "balance", nullable = false)
    private long balance;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ContributorAccount() {
        // for JPA
    }

    public ContributorAccount(String employerNumber) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
    }

    /** Adds a posting's amount (a debit is positive) to the balance. */
    public void post(LedgerEntry entry) {
        if (!entry.getEmployerNumber().equals(employerNumber)) {
            throw new IllegalArgumentException("Écriture d'un autre compte : " + entry.getEmployerNumber());
        }
        balance = Math.addExact(balance, entry.getAmount());
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    /** What the employer owes on this account (negative: paid in advance). */
    public long getBalance() {
        return balance;
    }

    public long getVersion() {
        return version;
    }
}
