package tg.cnss.eservices.request.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.request.entity.RequestStatus;

/** A whole request: its form's fields (label → value, in order), its status, its history, its attachments,
 * and for the department the warnings of its kind (e.g. possible duplicates). */
public record RequestDetail(
        String reference,
        String kindLabel,
        String requesterName,
        String summary,
        Instant submittedAt,
        RequestStatus status,
        String departmentName,
        Map<String, String> fields,
        List<HistoryLine> history,
        List<AttachmentLine> attachments,
        List<String> warnings) {

    public boolean isAwaitingRequester() {
        return status == RequestStatus.INFO_REQUESTED;
    }
}
