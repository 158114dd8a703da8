package tg.cnss.eservices.request.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;

/**
 * "Réclamations" (employer and insured spaces): fill in, join files, check the preview ("Vérifiez
 * vos réponses"), confirm. Files are checked as soon as they are sent and kept by the view until
 * the confirmation, so that going back to edit loses none. Confirming twice in the same view
 * (double click, back button) keeps the first receipt instead of filing a second claim; the
 * confirmation is a redirect (a reload never resubmits).
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    FacesContext faces;

    private String object;
    private String explanation;
    private transient List<Part> files;
    private final AttachedFiles attached = new AttachedFiles();
    private boolean previewing;
    private String submittedReference;

    public void preview() {
        if (joinNewFiles()) {
            previewing = true;
        }
    }

    public void edit() {
        previewing = false;
    }

    public void remove(int index) {
        attached.remove(index, requests::check);
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            try {
                submittedReference = requests.submitClaim(new ClaimForm(object, explanation), attached.files())
                        .reference();
            } catch (RejectedUploadException refused) {
                previewing = false;
                error(refused.getMessage());
                return;
            }
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath()
                + external.getRequestServletPath().replace("reclamations.xhtml", "demande.xhtml") + "?ref="
                + submittedReference + "&nouvelle=1");
    }

    /** Adds the files just sent to those already joined, if all of them are acceptable together. */
    private boolean joinNewFiles() {
        boolean joined = attached.joinOrSay(files, requests::check, this::error);
        files = null;
        return joined;
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
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

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public List<AttachmentLine> getAttachedLines() {
        return attached.lines();
    }

    public boolean isPreviewing() {
        return previewing;
    }
}
