package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.RequestStatus;

/**
 * One item of the department's worklist: the whole request, and the agent's actions — take it,
 * ask the requester for information, approve, or reject with a coded reason. The server decides
 * what is allowed; the buttons shown only mirror it.
 */
@Named
@ViewScoped
public class WorkItemBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklists worklists;

    @Inject
    FacesContext faces;

    private long itemId;
    private WorkItemView item;
    private RequestDetail detail;
    private String message;
    private RejectionReason reason;
    private String approvalOption;

    @PostConstruct
    void load() {
        try {
            itemId = Long.parseLong(
                    faces.getExternalContext().getRequestParameterMap().getOrDefault("item", "-1"));
            refresh();
        } catch (NumberFormatException | UnknownWorkItemException unknown) {
            item = null;
            detail = null;
        }
    }

    public void take() {
        act(() -> worklists.take(itemId, item.revision()), "Vous avez pris en charge cette demande.");
    }

    public void askForInformation() {
        act(
                () -> worklists.requestInformation(itemId, item.revision(), message),
                "La question a été envoyée au demandeur.");
    }

    public void approve() {
        act(
                () -> worklists.approve(itemId, item.revision(), message, approvalOption),
                "La demande est acceptée ; le demandeur est prévenu.");
    }

    public String getApprovalOption() {
        return approvalOption;
    }

    public void setApprovalOption(String approvalOption) {
        this.approvalOption = approvalOption;
    }

    public void reject() {
        if (reason == null) {
            error("Choisissez le motif du rejet.");
            return;
        }
        act(
                () -> worklists.reject(itemId, item.revision(), reason, message),
                "La demande est rejetée ; le demandeur est prévenu.");
    }

    /**
     * Runs the decision; on success, redirects to the item's own address (a reload never decides
     * twice, and the page keeps its address); on refusal, stays with what the agent typed.
     */
    private void act(Runnable action, String done) {
        try {
            action.run();
        } catch (IllegalRequestTransitionException | IllegalArgumentException refused) {
            error(refused.getMessage());
            refresh();
            return;
        } catch (jakarta.ejb.EJBException failure) {
            if (failure.getCause() instanceof IllegalArgumentException refused) {
                error(refused.getMessage());
                refresh();
                return;
            }
            throw failure;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        var external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/agent/element.xhtml?item=" + itemId);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void error(String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** After a refusal because the item changed: the page shows it as it is now. */
    public void showCurrentState() {
        refresh();
    }

    private void refresh() {
        item = worklists.item(itemId);
        detail = worklists.detail(itemId);
    }

    public boolean isTakeable() {
        return item != null && item.status() == RequestStatus.ROUTED && (item.assignee() == null || isMine());
    }

    public boolean isDecidable() {
        return item != null && item.status() == RequestStatus.IN_PROGRESS && isMine();
    }

    /** Confided to someone else: the page says so instead of offering buttons the server would refuse. */
    public boolean isSomeoneElses() {
        return item != null
                && item.assignee() != null
                && !isMine()
                && !item.status().isFinal();
    }

    private boolean isMine() {
        var caller = faces.getExternalContext().getUserPrincipal();
        return caller != null && caller.getName().equalsIgnoreCase(item.assignee());
    }

    public java.util.List<RejectionReason> getReasons() {
        return detail == null ? RejectionReason.GENERAL : detail.rejectionReasons();
    }

    public WorkItemView getItem() {
        return item;
    }

    public RequestDetail getDetail() {
        return detail;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public RejectionReason getReason() {
        return reason;
    }

    public void setReason(RejectionReason reason) {
        this.reason = reason;
    }
}
