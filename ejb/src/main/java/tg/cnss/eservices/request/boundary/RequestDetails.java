package tg.cnss.eservices.request.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.request.spi.RequestRouter;

/**
 * Builds the full view of a request: its kind's sections, history and files. The department sees
 * every line of the history and its kind's warnings; the requester does not see the internal lines
 * (who the request was confided to, and why).
 */
@Dependent
public class RequestDetails {

    @Inject
    RequestRouter router;

    @Inject
    RequestRepository requests;

    @Inject
    AttachmentStore attachments;

    @Inject
    RequestKinds kinds;

    public RequestDetail forRequester(ServiceRequest request) {
        return of(request, false, List.of(), List.of(), List.of());
    }

    public RequestDetail forDepartment(ServiceRequest request) {
        return of(
                request,
                true,
                kinds.warningsOf(request),
                request.getStatus().isFinal() ? List.of() : kinds.approvalOptionsOf(request),
                kinds.rejectionReasonsOf(request));
    }

    private RequestDetail of(
            ServiceRequest request,
            boolean internal,
            List<String> warnings,
            List<ApprovalOption> options,
            List<tg.cnss.eservices.request.entity.RejectionReason> reasons) {
        var history = requests.historyOf(request).stream()
                .filter(event -> internal || !event.getType().isInternal())
                .map(event -> new HistoryLine(
                        event.getOccurredAt(),
                        event.getType().label(),
                        event.getActor(),
                        event.getToStatus(),
                        event.getComment()))
                .toList();
        return new RequestDetail(
                request.getReference().toString(),
                kinds.labelOf(request),
                request.getRequesterName(),
                request.getSummary(),
                request.getSubmittedAt(),
                request.getStatus(),
                router.departmentName(request.getDepartmentCode()),
                kinds.sectionsOf(request),
                history,
                attachments.of(request).stream().map(RequestDetails::line).toList(),
                warnings,
                options,
                reasons);
    }

    private static AttachmentLine line(RequestAttachment attachment) {
        return new AttachmentLine(
                attachment.getId(),
                attachment.getFileName(),
                attachment.getType().label(),
                attachment.getSize(),
                attachment.getUploadedAt(),
                attachment.getEvent().getType().label());
    }
}
