package tg.cnss.eservices.reference.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * The administrator's editor of the Director General's word: plain text, paragraphs separated by
 * a blank line. The version it started from goes with the save, so that two editors never
 * overwrite each other; a refused save keeps what was typed on the page.
 */
@Named
@ViewScoped
public class DirectorWordEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EditorialTexts texts;

    @Inject
    FacesContext faces;

    private long version;
    private String title;
    private String body;
    private String signature;
    private EditorialTextView saved;

    @PostConstruct
    void load() {
        show(texts.directorWord());
    }

    public void save() {
        try {
            show(texts.changeDirectorWord(version, new EditorialTextForm(title, body, signature)));
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            saved.published()
                                    ? "Le mot du Directeur général est publié."
                                    : "Le mot du Directeur général est retiré : la page publique indique qu'il n'est"
                                            + " pas encore publié.",
                            null));
        } catch (BusinessException refused) {
            FieldErrors.show(faces, "motDuDg", refused);
        }
    }

    private void show(EditorialTextView view) {
        saved = view;
        version = view.version();
        title = view.title();
        body = view.body();
        signature = view.signature();
    }

    /** The text as it stands in the database (not as being typed), for "Dernière modification". */
    public EditorialTextView getSaved() {
        return saved;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }
}
