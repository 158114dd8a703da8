package tg.cnss.eservices.request.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * "Réclamations" (employer and insured spaces): fill in, check the preview ("Vérifiez vos
 * réponses"), confirm. Confirming twice in the same view (double click, back button) keeps the
 * first receipt instead of filing a second claim; the confirmation is a redirect (a reload never
 * resubmits).
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    ExternalContext external;

    private String object;
    private String explanation;
    private boolean previewing;
    private String submittedReference;

    public void preview() {
        previewing = true;
    }

    public void edit() {
        previewing = false;
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            submittedReference = requests.submitClaim(new ClaimForm(object, explanation)).reference();
        }
        external.redirect(external.getRequestContextPath() + external.getRequestServletPath()
                .replace("reclamations.xhtml", "demande.xhtml") + "?ref=" + submittedReference + "&nouvelle=1");
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public boolean isPreviewing() {
        return previewing;
    }
}
