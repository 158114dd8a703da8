package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Supervisors' page of messages that failed all their attempts, with replay once fixed. */
@Named
@ViewScoped
public class DeadLettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadLetters deadLetters;

    @Inject
    FacesContext faces;

    private List<DeadLetter> letters;

    @PostConstruct
    void load() {
        letters = deadLetters.list();
    }

    public void replay(String messageId) {
        boolean replayed = deadLetters.replay(messageId);
        faces.addMessage(
                null,
                new FacesMessage(
                        replayed ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                        replayed ? "Message remis dans sa file d'origine." : "Ce message n'est plus dans la file.",
                        null));
        load();
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }
}
