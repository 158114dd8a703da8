package tg.cnss.eservices.request.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * The steps every request form with documents shares: join the files (checked as soon as they are
 * sent, kept by the view until the confirmation), "Vérifiez vos réponses" (printable), "Modifier",
 * "Confirmer et envoyer". The server's errors go to their fields and what was typed stays;
 * confirming twice in one view keeps the first reference. A form says how to preview and submit
 * itself, and where its space is.
 */
public abstract class RequestFormSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected Requests requests;

    @Inject
    protected FacesContext faces;

    private transient List<Part> files;
    private final AttachedFiles attached = new AttachedFiles();
    private SectionsPreview preview;
    private String submittedReference;

    /** The id of the page's h:form, for the errors to reach its fields. */
    protected abstract String formId();

    /** The request's sections from what was typed and joined; throws a refusal, field by field. */
    protected abstract List<FieldSection> previewOf(List<UploadedFile> files);

    /** Files the request; throws a refusal, field by field. */
    protected abstract RequestReceipt submit(List<UploadedFile> files);

    /** What must be worked out again before the preview or after a refusal (conditions shown…). */
    protected void refresh() {
        // most forms show nothing worked out
    }

    /** The space the request's page is in. */
    protected String space() {
        return "/assure/";
    }

    public void showPreview() {
        boolean joined = attached.joinOrSay(files, requests::check, message -> FieldErrors.show(faces, message));
        files = null;
        if (!joined) {
            return;
        }
        refresh();
        try {
            preview = new SectionsPreview(previewOf(attached.files()));
        } catch (BusinessException refused) {
            FieldErrors.show(faces, formId(), refused);
        }
    }

    public void edit() {
        preview = null;
    }

    public void remove(int index) {
        attached.remove(index, requests::check);
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            try {
                submittedReference = submit(attached.files()).reference();
            } catch (BusinessException refused) {
                preview = null;
                refresh();
                FieldErrors.show(faces, formId(), refused);
                return;
            }
        }
        var external = faces.getExternalContext();
        external.redirect(
                external.getRequestContextPath() + space() + "demande.xhtml?ref=" + submittedReference + "&nouvelle=1");
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public SectionsPreview getPreview() {
        return preview;
    }

    public List<AttachmentLine> getAttachedLines() {
        return attached.lines();
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
