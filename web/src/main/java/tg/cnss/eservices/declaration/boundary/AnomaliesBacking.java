package tg.cnss.eservices.declaration.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.declaration.entity.AnomalyState;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Anomalies déclaratives" (Recouvrement): the months whose contribution declaration differs from
 * the DNR, filtered by state and employer, and the review of one with a note. Another
 * department's agent sees that the page is not his.
 */
@Named
@ViewScoped
public class AnomaliesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "anomalies";

    @Inject
    DeclarationAnomalies anomalies;

    @Inject
    FacesContext faces;

    private boolean allowed;
    private AnomalyState state = AnomalyState.OPEN;
    private String employer;
    private List<AnomalyView> lines = List.of();
    private AnomalyView reviewing;
    private String note;

    public void load() {
        allowed = anomalies.callerFollowsContributions();
        if (allowed) {
            refresh();
        }
    }

    public void applyFilter() {
        reviewing = null;
        refresh();
    }

    public void startReview(AnomalyView line) {
        reviewing = line;
        note = null;
    }

    public void cancelReview() {
        reviewing = null;
    }

    public void review() {
        try {
            anomalies.review(reviewing.id(), reviewing.version(), note);
        } catch (BusinessException refused) {
            if (refused.fieldErrors().containsKey("note")) {
                FieldErrors.show(faces, "examen", refused); // the note to put right; the form stays
                return;
            }
            // changed meanwhile: the list as it is now, with why
            FieldErrors.show(faces, refused.fieldErrors().values().iterator().next());
            reviewing = null;
            refresh();
            return;
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Anomalie de " + reviewing.monthLabel() + " (" + reviewing.employerNumber()
                                + ") marquée examinée.",
                        null));
        reviewing = null;
        note = null;
        refresh();
    }

    private void refresh() {
        try {
            lines = anomalies.list(state, employer);
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM, refused);
            lines = List.of();
        }
    }

    public AnomalyState[] getStates() {
        return AnomalyState.values();
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<AnomalyView> getLines() {
        return lines;
    }

    public AnomalyView getReviewing() {
        return reviewing;
    }

    public AnomalyState getState() {
        return state;
    }

    public void setState(AnomalyState state) {
        this.state = state;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
