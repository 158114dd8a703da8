package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bank where the CNSS holds an account that employers pay their contributions into. */
@Entity
@Table(name = "cnss_bank_account")
public class CnssBankAccount {

    @Id
    @Column(name = "code", length = 20)
    private String code;

    @Column(name = "bank_name", nullable = false, length = 80)
    private String bankName;

    /** The account to pay into; none until the fund enters it (the bank is then not offered). */
    @Column(name = "account_number", length = 40)
    private String accountNumber;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected CnssBankAccount() {
        // for JPA
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getCode() {
        return code;
    }

    public String getBankName() {
        return bankName;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
