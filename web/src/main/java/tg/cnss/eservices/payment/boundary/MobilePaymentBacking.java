package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.payment.entity.MobileOperator;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Paiement mobile" on the payment page: operator, paying number, amount (what is owed, unless
 * the employer pays a part) — then the payment's own page, which follows it. The form's token
 * makes a double click or a reload start the same payment, not a second one.
 */
@Named
@ViewScoped
public class MobilePaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "mobile";

    @Inject
    MobilePayments payments;

    /** The same view's bank-payment bean: what is owed is worked out once per page. */
    @Inject
    PaymentBacking bank;

    @Inject
    FacesContext faces;

    private final String token = UUID.randomUUID().toString();
    private boolean open;
    private String operator;
    private String phone;
    private Long amount;

    @PostConstruct
    void load() {
        open = payments.isOpen();
        long owed = bank.getSituation().owed().value();
        if (owed > 0) {
            amount = owed;
        }
    }

    public void pay() throws IOException {
        MobilePaymentView started;
        MobilePaymentForm form = new MobilePaymentForm(operator, phone, amount, token);
        try {
            try {
                started = payments.start(form);
            } catch (EJBException concurrent) {
                // a double click sent the form twice at once: the other request stored this token
                // first (its unique index refused ours); asked again, the payment it started is found
                started = payments.start(form);
            }
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM, refused);
            return;
        }
        var external = faces.getExternalContext();
        external.redirect(
                external.getRequestContextPath() + "/employeur/paiement-mobile.xhtml?ref=" + started.reference());
    }

    public List<MobileOperator> getOperators() {
        return List.of(MobileOperator.values());
    }

    public boolean isOpen() {
        return open;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }
}
