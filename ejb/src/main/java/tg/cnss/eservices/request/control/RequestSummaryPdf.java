package tg.cnss.eservices.request.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tg.cnss.eservices.document.control.FileSizes;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.request.boundary.HistoryLine;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * The printable summary of a request (and the receipt of a pre-registration): its reference, its
 * attachments, the sections its kind declares, and its history.
 */
public final class RequestSummaryPdf {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Africa/Lome"));

    private RequestSummaryPdf() {}

    public static byte[] render(RequestDetail request) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Référence", request.reference());
        facts.put("Demandeur", request.requesterName());
        facts.put("Déposée le", WHEN.format(request.submittedAt()));
        facts.put("Service", request.departmentName());
        facts.put("État", request.status().label());
        facts.put(
                "Pièces jointes",
                request.attachments().isEmpty()
                        ? "Aucune"
                        : request.attachments().stream()
                                .map(file -> file.fileName() + " (" + file.typeLabel() + ", "
                                        + FileSizes.label(file.size()) + ")")
                                .collect(Collectors.joining("\n")));
        PdfLayout pdf = PdfLayout.a4(request.kindLabel() + " " + request.reference())
                .letterhead()
                .title(request.kindLabel() + " " + request.reference())
                .facts(facts);
        for (FieldSection section : request.sections()) {
            pdf.heading(section.title()).facts(section.fields());
        }
        pdf.heading("Historique");
        for (HistoryLine line : request.history()) {
            pdf.paragraph(WHEN.format(line.at()) + " — " + line.what(), line.message());
        }
        return pdf.finish();
    }
}
