package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.entity.LedgerEntry;
import tg.cnss.eservices.account.entity.LedgerEntryKind;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.payment.control.PaymentReceiptPdf;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;

/**
 * The payments the CNSS received from the signed-in employer — by bank (confirmed by Recouvrement)
 * or by mobile money — as its contributor account holds them, and the receipt of each.
 */
@Stateless
@RolesAllowed("EMPLOYER")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PaymentReceipts {

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    EmployerRegistry employers;

    @Inject
    AccountStatements statements;

    /** Newest received first. */
    public List<ReceivedPayment> mine() {
        return paymentsOf(myNumber()).stream()
                .sorted(Comparator.comparing(LedgerEntry::getValueDate).reversed())
                .map(line -> new ReceivedPayment(
                        line.getSourceReference(), line.getLabel(), Francs.of(-line.getAmount()), line.getValueDate()))
                .toList();
    }

    /** The receipt of one of the caller's payments, by its reference (AP-… or MM-…). */
    public Optional<byte[]> pdf(String reference) {
        EmployerNumber number = myNumber();
        String name = employers.findByNumber(number).map(Employer::getName).orElse(number.display());
        return paymentsOf(number).stream()
                .filter(line -> line.getSourceReference().equals(reference))
                .findFirst()
                .map(line -> PaymentReceiptPdf.render(new PaymentReceiptPdf.Receipt(
                        PaymentReceiptPdf.Payer.EMPLOYER,
                        name,
                        number.display(),
                        line.getSourceReference(),
                        line.getLabel(),
                        Francs.of(-line.getAmount()),
                        line.getValueDate(),
                        line.getPostedAt(),
                        null)));
    }

    private List<LedgerEntry> paymentsOf(EmployerNumber employer) {
        return statements.linesOf(employer.canonical()).stream()
                .filter(line -> line.getKind() == LedgerEntryKind.PAYMENT)
                .toList();
    }

    private EmployerNumber myNumber() {
        return callerEmployer.of(session.getCallerPrincipal().getName());
    }
}
