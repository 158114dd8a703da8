package tg.cnss.eservices.request.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;
import tg.cnss.eservices.platform.boundary.Uploads;
import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;

/**
 * One request of the signed-in person: its fields, its history with the agents' messages, and the
 * answer form when the CNSS asked for more information. An unknown reference, or someone else's,
 * shows a French message, never an error page that would tell them apart.
 */
@Named
@ViewScoped
public class RequestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    FacesContext faces;

    private String reference;
    private boolean justSubmitted;
    private RequestDetail detail;
    private String answer;
    private transient List<Part> files;

    @PostConstruct
    void load() {
        var parameters = faces.getExternalContext().getRequestParameterMap();
        reference = parameters.get("ref");
        justSubmitted = "1".equals(parameters.get("nouvelle"));
        refresh();
    }

    /**
     * On success, back to the request's own address (PRG: a reload never answers twice). A refused
     * file refuses the answer, whose text stays in the form.
     */
    public void sendAnswer() throws java.io.IOException {
        try {
            requests.answer(reference, answer, Uploads.read(files));
        } catch (IllegalRequestTransitionException alreadyAnswered) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, alreadyAnswered.getMessage(), null));
            refresh();
            return;
        } catch (RejectedUploadException refused) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            refused.getMessage()
                                    + " Votre réponse n'est pas encore envoyée : joignez un autre fichier ou"
                                    + " envoyez-la sans.",
                            null));
            return;
        } finally {
            files = null;
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Votre réponse a été transmise à la CNSS : l'agent reprend le traitement de votre demande.",
                        null));
        var external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + external.getRequestServletPath() + "?ref=" + reference);
    }

    private void refresh() {
        try {
            detail = requests.detail(reference);
        } catch (UnknownRequestException unknown) {
            detail = null;
        }
    }

    public RequestDetail getDetail() {
        return detail;
    }

    public String getReference() {
        return reference;
    }

    public boolean isJustSubmitted() {
        return justSubmitted;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
