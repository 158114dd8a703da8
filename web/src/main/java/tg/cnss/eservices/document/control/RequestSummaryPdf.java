package tg.cnss.eservices.document.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import tg.cnss.eservices.platform.boundary.Formats;
import tg.cnss.eservices.request.boundary.HistoryLine;
import tg.cnss.eservices.request.boundary.RequestDetail;

/** The printable summary of a submitted request: its reference, its fields, its attachments and its history. */
public final class RequestSummaryPdf {

    private static final Color CNSS_BLUE = new Color(0x0B, 0x4F, 0x8A);
    private static final Formats FORMATS = new Formats();
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Africa/Lome"));

    private RequestSummaryPdf() {}

    public static byte[] render(RequestDetail request) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, CNSS_BLUE);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, CNSS_BLUE);
        Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(request.kindLabel() + " " + request.reference());
            document.addAuthor("Caisse Nationale de Sécurité Sociale du Togo");
            document.open();
            document.add(new Paragraph("Caisse Nationale de Sécurité Sociale du Togo — Services en ligne", body));
            Paragraph name = new Paragraph(request.kindLabel() + " " + request.reference(), title);
            name.setSpacingBefore(8);
            name.setSpacingAfter(12);
            document.add(name);

            PdfPTable facts = table(
                    label,
                    body,
                    "Référence",
                    request.reference(),
                    "Demandeur",
                    request.requesterName(),
                    "Déposée le",
                    WHEN.format(request.submittedAt()),
                    "Service",
                    request.departmentName(),
                    "État",
                    request.status().label());
            request.fields().forEach((field, value) -> addRow(facts, label, body, field, value));
            addRow(
                    facts,
                    label,
                    body,
                    "Pièces jointes",
                    request.attachments().isEmpty()
                            ? "Aucune"
                            : request.attachments().stream()
                                    .map(file -> file.fileName() + " (" + file.typeLabel() + ", "
                                            + FORMATS.fileSize(file.size()) + ")")
                                    .collect(java.util.stream.Collectors.joining("\n")));
            document.add(facts);

            Paragraph history = new Paragraph("Historique", heading);
            history.setSpacingBefore(14);
            history.setSpacingAfter(6);
            document.add(history);
            for (HistoryLine line : request.history()) {
                Paragraph event = new Paragraph(WHEN.format(line.at()) + " — " + line.what(), body);
                if (line.message() != null) {
                    event.add(new Phrase("\n" + line.message(), body));
                }
                event.setSpacingAfter(4);
                document.add(event);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Récapitulatif PDF impossible à produire", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table(Font label, Font body, String... labelsAndValues) {
        PdfPTable table = new PdfPTable(new float[] {1, 2.5f});
        table.setWidthPercentage(100);
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            addRow(table, label, body, labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return table;
    }

    private static void addRow(PdfPTable table, Font label, Font body, String name, String value) {
        PdfPCell nameCell = new PdfPCell(new Phrase(name, label));
        nameCell.setPadding(5);
        table.addCell(nameCell);
        PdfPCell valueCell = new PdfPCell(new Phrase(value == null ? "" : value, body));
        valueCell.setPadding(5);
        table.addCell(valueCell);
    }
}
