package tg.cnss.eservices.registration.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Attestation d'immatriculation": issue one at once, and the list of those already issued. */
@Named
@ViewScoped
public class RegistrationCertificateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationCertificates certificates;

    @Inject
    FacesContext faces;

    private List<IssuedCertificateLine> issued;
    private String justIssued;

    public void load() {
        issued = certificates.mine();
    }

    /** Issues an attestation; the page then offers its PDF (a redirect: a reload issues none). */
    public String issue() {
        String reference = certificates.issue();
        faces.getExternalContext().getFlash().put("attestation", reference);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Votre attestation " + reference + " est prête : téléchargez-la ci-dessous.",
                        null));
        return "attestation-immatriculation.xhtml?faces-redirect=true";
    }

    public List<IssuedCertificateLine> getIssued() {
        return issued;
    }

    public String getJustIssued() {
        if (justIssued == null) {
            Object reference = faces.getExternalContext().getFlash().get("attestation");
            justIssued = reference == null ? "" : reference.toString();
        }
        return justIssued;
    }
}
