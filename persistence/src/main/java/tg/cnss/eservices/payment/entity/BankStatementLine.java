package tg.cnss.eservices.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit line of a CNSS bank statement, as Recouvrement imported it: the money the bank received
 * on its value date. Matched to one payment notice at most, when the agent confirms that notice.
 */
@Entity
@Table(name = "bank_statement_line")
public class BankStatementLine {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "bank_code", nullable = false, length = 20)
    private String bankCode;

    @Column(name = "value_date", nullable = false)
    private LocalDate valueDate;

    @Column(name = "amount", nullable = false)
    private long amount;

    @Column(name = "label", nullable = false, length = 300)
    private String label;

    /** Bank, value date, amount and label, hashed: the same line imported twice is the same line. */
    @Column(name = "line_key", nullable = false, length = 64, unique = true)
    private String lineKey;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 254)
    private String importedBy;

    @Column(name = "matched_request_id")
    private Long matchedRequestId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BankStatementLine() {
        // for JPA
    }

    public BankStatementLine(
            String bankCode,
            LocalDate valueDate,
            long amount,
            String label,
            String lineKey,
            Instant importedAt,
            String importedBy) {
        this.bankCode = Objects.requireNonNull(bankCode);
        this.valueDate = Objects.requireNonNull(valueDate);
        this.amount = amount;
        this.label = label.length() <= 300 ? label : label.substring(0, 300);
        this.lineKey = Objects.requireNonNull(lineKey);
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = Objects.requireNonNull(importedBy);
    }

    /** This line is the money of that notice; refused when another notice already has it. */
    public void matchTo(long requestId) {
        if (matchedRequestId != null && matchedRequestId != requestId) {
            throw new IllegalStateException("Ligne de relevé déjà rapprochée");
        }
        this.matchedRequestId = requestId;
    }

    public boolean isMatched() {
        return matchedRequestId != null;
    }

    public Long getId() {
        return id;
    }

    public String getBankCode() {
        return bankCode;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public long getAmount() {
        return amount;
    }

    public String getLabel() {
        return label;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Long getMatchedRequestId() {
        return matchedRequestId;
    }
}
