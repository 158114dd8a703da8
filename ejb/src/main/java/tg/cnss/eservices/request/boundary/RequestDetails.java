package tg.cnss.eservices.request.boundary;

import jakarta.persistence.EntityManager;
import java.util.List;
import tg.cnss.eservices.request.control.AttachmentStore;
import tg.cnss.eservices.request.control.RequestFields;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.entity.RequestAttachment;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.worklist.entity.Department;

/**
 * Builds the full view of a request. The department sees every line of the history; the
 * requester does not see the internal ones (who the request was confided to, and why).
 */
public final class RequestDetails {

    private RequestDetails() {}

    public static RequestDetail forRequester(
            ServiceRequest request, RequestRepository requests, AttachmentStore attachments, EntityManager em) {
        return of(request, requests, attachments, em, false, List.of());
    }

    public static RequestDetail forDepartment(
            ServiceRequest request,
            RequestRepository requests,
            AttachmentStore attachments,
            EntityManager em,
            List<String> warnings) {
        return of(request, requests, attachments, em, true, warnings);
    }

    private static RequestDetail of(
            ServiceRequest request,
            RequestRepository requests,
            AttachmentStore attachments,
            EntityManager em,
            boolean internal,
            List<String> warnings) {
        Department department = em.find(Department.class, request.getDepartmentCode());
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
                request.getKind().label(),
                request.getRequesterName(),
                request.getSummary(),
                request.getSubmittedAt(),
                request.getStatus(),
                department == null ? request.getDepartmentCode() : department.getName(),
                RequestFields.of(request),
                history,
                attachments.of(request).stream().map(RequestDetails::line).toList(),
                warnings);
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
