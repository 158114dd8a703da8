package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.payment.entity.MobileOperator;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Payer mes cotisations" on the voluntary-insurance page of a member: the months due, a number of
 * months to pay (those due, by default) and the wallet; the payment then followed in the same page
 * until the operator's answer, and the months paid listed. One payment per form shown (its token).
 */
@Named
@ViewScoped
public class VoluntaryPaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "paiementVolontaire";

    @Inject
    VoluntaryPayments payments;

    @Inject
    FacesContext faces;

    private String token = UUID.randomUUID().toString();
    private VoluntaryPaymentSituation situation;
    private MobilePaymentView payment;
    private Integer months;
    private String operator;
    private String phone;

    /** Nothing to pay (no form) for an account without an insured number or a membership. */
    @PostConstruct
    void load() {
        try {
            situation = payments.situation().orElse(null);
        } catch (BusinessException noNumber) {
            situation = null;
        }
        if (situation != null) {
            months = Math.max(1, situation.unpaid().size());
        }
    }

    public void pay() {
        VoluntaryPaymentForm form = new VoluntaryPaymentForm(months, operator, phone, token);
        try {
            try {
                payment = payments.start(form);
            } catch (EJBException concurrent) {
                // a double click sent the form twice at once: the payment the other request started is found
                payment = payments.start(form);
            }
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM, refused);
        }
    }

    /** Asked by the page's poll while the payment waits; once answered, the months paid are read again. */
    public void refresh() {
        if (payment == null) {
            return;
        }
        payment = payments.find(payment.reference()).orElse(payment);
        if (!payment.pending()) {
            situation = payments.situation().orElse(situation);
            token = UUID.randomUUID().toString();
        }
    }

    /** What the months chosen come to. */
    public String getTotal() {
        if (situation == null || months == null || months < 1) {
            return "—";
        }
        return Francs.of(situation.monthlyContribution().value() * months).display();
    }

    public boolean isWaiting() {
        return payment != null && payment.pending();
    }

    public List<MobileOperator> getOperators() {
        return List.of(MobileOperator.values());
    }

    public VoluntaryPaymentSituation getSituation() {
        return situation;
    }

    public MobilePaymentView getPayment() {
        return payment;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
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
}
