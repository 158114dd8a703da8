package tg.cnss.eservices.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Attestation individuelle": what it would certify today; the purpose, details and addressee —
 * "Vérifiez vos réponses", print, "Confirmer et envoyer" — then the request's page; the
 * attestations issued, with their PDF. Confirming twice in one view keeps the first reference.
 */
@Named
@ViewScoped
public class IndividualCertificateBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "attestation";

    @Inject
    IndividualCertificates certificates;

    @Inject
    FacesContext faces;

    private IndividualCertificateSituation situation;
    private String purpose;
    private String details;
    private String addressee;
    private boolean previewing;
    private String submittedReference;

    private String unavailableReason;

    /** An account without an insured number is told why there is nothing to attest, not shown an incident. */
    @PostConstruct
    void load() {
        try {
            situation = certificates.situation();
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    public boolean isAvailable() {
        return situation != null;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public void showPreview() {
        if (purpose == null || purpose.isBlank()) {
            FieldErrors.show(
                    faces, FORM, java.util.Map.of("objet", "Objet de la demande : choisissez-le dans la liste."));
            return;
        }
        if ("Autre".equals(purpose) && (details == null || details.isBlank())) {
            FieldErrors.show(
                    faces,
                    FORM,
                    java.util.Map.of("precisions", "Précisions : dites à quoi l'attestation doit servir."));
            return;
        }
        previewing = true;
    }

    public void edit() {
        previewing = false;
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            try {
                submittedReference = certificates
                        .submit(new IndividualCertificateForm(purpose, details, addressee))
                        .reference();
            } catch (BusinessException refused) {
                previewing = false;
                situation = certificates.situation();
                FieldErrors.show(faces, FORM, refused);
                return;
            }
        }
        var external = faces.getExternalContext();
        external.redirect(
                external.getRequestContextPath() + "/assure/demande.xhtml?ref=" + submittedReference + "&nouvelle=1");
    }

    public IndividualCertificateSituation getSituation() {
        return situation;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
    }
}
