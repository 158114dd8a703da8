package tg.cnss.eservices.payment.boundary;

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
 * "Demande de Quitus Social": the conditions, each met or not with where to put it right; when
 * all are met, the optional tender and buyer — "Vérifiez vos réponses", "Confirmer et envoyer" —
 * and the request's page; the quitus issued, with their PDF. Confirming twice in one view keeps
 * the first reference.
 */
@Named
@ViewScoped
public class SocialQuitusBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "quitus";

    @Inject
    SocialQuitus quitus;

    @Inject
    FacesContext faces;

    private QuitusSituation situation;
    private String tenderReference;
    private String buyer;
    private boolean previewing;
    private String submittedReference;

    @PostConstruct
    void load() {
        situation = quitus.situation();
    }

    public void showPreview() {
        previewing = true;
    }

    public void edit() {
        previewing = false;
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            try {
                submittedReference =
                        quitus.submit(new QuitusForm(tenderReference, buyer)).reference();
            } catch (BusinessException refused) {
                previewing = false;
                situation = quitus.situation();
                FieldErrors.show(faces, FORM, refused);
                return;
            }
        }
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/employeur/demande.xhtml?ref=" + submittedReference
                + "&nouvelle=1");
    }

    public QuitusSituation getSituation() {
        return situation;
    }

    public boolean isPreviewing() {
        return previewing;
    }

    public String getTenderReference() {
        return tenderReference;
    }

    public void setTenderReference(String tenderReference) {
        this.tenderReference = tenderReference;
    }

    public String getBuyer() {
        return buyer;
    }

    public void setBuyer(String buyer) {
        this.buyer = buyer;
    }
}
