package tg.cnss.eservices.request.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.request.spi.FieldSection;

/** A whole request: its form's sections of fields (label → value, in order), its status, its history, its attachments,
 * and for the department the warnings of its kind (e.g. possible duplicates) and the ways it may be approved when
 * the kind offers a choice. */
public record RequestDetail(
        String reference,
        String kindLabel,
        String requesterName,
        String summary,
        Instant submittedAt,
        RequestStatus status,
        String departmentName,
        List<FieldSection> sections,
        List<HistoryLine> history,
        List<AttachmentLine> attachments,
        List<String> warnings,
        List<ApprovalOption> approvalOptions,
        List<tg.cnss.eservices.request.entity.RejectionReason> rejectionReasons) {

    /** Every field of every section, in order: for pages that show the form as one list. */
    public Map<String, String> fields() {
        Map<String, String> all = new LinkedHashMap<>();
        sections.forEach(section -> all.putAll(section.fields()));
        return all;
    }

    public boolean isAwaitingRequester() {
        return status == RequestStatus.INFO_REQUESTED;
    }
}
