package tg.cnss.eservices.worklist.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;

/**
 * The supervisor's "Réaffecter" form on an item's page: another agent of the department and the
 * reason. Only rendered for supervisors; the server checks the role and the department again.
 */
@Named
@ViewScoped
public class ReassignmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervision supervision;

    @Inject
    Worklists worklists;

    @Inject
    FacesContext faces;

    /** The item's page in the same view: refreshed when the item changed under the supervisor. */
    @Inject
    WorkItemBacking item;

    private List<AgentChoice> agents;
    private String agent;
    private String reason;

    public List<AgentChoice> getAgents() {
        if (agents == null) {
            agents = worklists.colleagues();
        }
        return agents;
    }

    public void reassign(long itemId, Revision seen) throws IOException {
        try {
            supervision.reassign(itemId, seen, agent, reason);
        } catch (InvalidReassignmentException | IllegalRequestTransitionException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
            if (refused instanceof ChangedMeanwhileException) {
                item.showCurrentState();
            }
            return;
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "La demande est réaffectée ; l'agent est prévenu par e-mail.",
                        null));
        var external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/agent/element.xhtml?item=" + itemId);
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
