package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tg.cnss.eservices.request.boundary.RequestDetail;

/** The confirmation of a pre-registration filed in this session; any other reference shows nothing. */
@Named
@RequestScoped
public class PreRegistrationConfirmationBacking {

    @Inject
    PreRegistrations preRegistrations;

    @Inject
    PreRegistrationReceipts receipts;

    @Inject
    ExternalContext external;

    private RequestDetail detail;

    @PostConstruct
    void load() {
        String reference = external.getRequestParameterMap().get("ref");
        detail = receipts.holds(reference) ? preRegistrations.receiptOf(reference) : null;
    }

    public RequestDetail getDetail() {
        return detail;
    }
}
