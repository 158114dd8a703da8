package tg.cnss.eservices.platform.boundary;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Map;

/**
 * The human check of one public form's page (fragment verification-humaine.xhtml): its question,
 * the answer typed, and whether it was answered right — then it is not asked again in that page.
 * Kept in the page's view-scoped backing bean, on the server only.
 */
public final class HumanCheckField implements Serializable {

    private static final long serialVersionUID = 1L;

    private HumanCheck check = HumanCheck.next();
    private String answer;
    private boolean done;

    /**
     * Whether the check is passed; if not, the field says so and a new question replaces the old
     * one (what else was typed stays).
     */
    public boolean passed(FacesContext faces, String formId) {
        if (done || check.accepts(answer)) {
            done = true;
            return true;
        }
        check = HumanCheck.next();
        answer = null;
        FieldErrors.show(faces, formId, Map.of("reponseHumaine", HumanCheck.wrongAnswerMessage()));
        return false;
    }

    public String getQuestion() {
        return check.question();
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isDone() {
        return done;
    }
}
