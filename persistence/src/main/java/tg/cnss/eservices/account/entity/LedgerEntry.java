package tg.cnss.eservices.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One line of an employer's contributor account: immutable once written (no setter), a correction
 * being a new line. Amounts in whole francs; a debit (what the employer owes) is positive.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "employer_number", nullable = false, length = 11)
    private String employerNumber;

    @Column(name = "period", nullable = false, length = 7)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private LedgerEntryKind kind;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "source_reference", nullable = false, length = 40)
    private String sourceReference;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    /** For a payment: the day the CNSS received the money (it stops surcharges). */
    @Column(name = "value_date")
    private LocalDate valueDate;

    protected LedgerEntry() {
        // for JPA
    }

    public LedgerEntry(
            String employerNumber,
            YearMonth period,
            LedgerEntryKind kind,
            long amount,
            LocalDate dueDate,
            Instant postedAt,
            String sourceReference,
            String label) {
        this.employerNumber = Objects.requireNonNull(employerNumber);
        this.period = period.toString();
        this.kind = Objects.requireNonNull(kind);
        this.amount = amount;
        this.dueDate = dueDate;
        this.postedAt = Objects.requireNonNull(postedAt);
        this.sourceReference = Objects.requireNonNull(sourceReference);
        this.label = Objects.requireNonNull(label);
    }

    /**
     * Money received on {@code receivedOn}: a credit (negative amount) of the month it was received
     * in, whatever periods it settles — the statement applies it to the oldest debts.
     */
    public static LedgerEntry payment(
            String employerNumber,
            long amount,
            LocalDate receivedOn,
            Instant postedAt,
            String reference,
            String label) {
        if (amount <= 0) {
            throw new IllegalArgumentException("Paiement sans montant : " + reference);
        }
        LedgerEntry entry = new LedgerEntry(
                employerNumber,
                YearMonth.from(receivedOn),
                LedgerEntryKind.PAYMENT,
                -amount,
                null,
                postedAt,
                reference,
                label);
        entry.valueDate = receivedOn;
        return entry;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public Long getId() {
        return id;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public YearMonth getPeriod() {
        return YearMonth.parse(period);
    }

    public LedgerEntryKind getKind() {
        return kind;
    }

    public long getAmount() {
        return amount;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getLabel() {
        return label;
    }
}
