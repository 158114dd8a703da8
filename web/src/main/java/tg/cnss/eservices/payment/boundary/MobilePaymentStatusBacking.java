package tg.cnss.eservices.payment.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A mobile payment's own page ({@code ?ref=MM-…}): waiting for the payer's confirmation on his
 * phone (the page asks again every few seconds), then received — with its receipt — or failed.
 */
@Named
@ViewScoped
public class MobilePaymentStatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MobilePayments payments;

    private String reference;
    private MobilePaymentView payment;

    public void load() {
        payment = reference == null ? null : payments.find(reference).orElse(null);
    }

    /** Asked by the page's poll while the payment waits. */
    public void refresh() {
        load();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public MobilePaymentView getPayment() {
        return payment;
    }
}
