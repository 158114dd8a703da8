package tg.cnss.eservices.document.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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
import java.util.List;
import java.util.Map;

/**
 * The portal's PDF documents (request summaries, receipts, the user guide, and the certificates an
 * approval issues): A4, the CNSS blue for titles, label/value tables. One instance writes one
 * document, from {@link #a4} to {@link #finish}; it holds no state beyond it, so EJBs and servlets
 * alike can use it.
 */
public final class PdfLayout {

    private static final Color CNSS_BLUE = new Color(0x0B, 0x4F, 0x8A);
    private static final String PUBLISHER = "Caisse Nationale de Sécurité Sociale du Togo";

    private final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, CNSS_BLUE);
    private final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, CNSS_BLUE);
    private final Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private final Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;

    private PdfLayout(String documentTitle, float margin) {
        document = new Document(PageSize.A4, margin, margin, margin, margin);
        writer = PdfWriter.getInstance(document, out);
        document.addTitle(documentTitle);
        document.addAuthor(PUBLISHER);
        document.open();
    }

    /** A new A4 document; {@code documentTitle} is its metadata title. */
    public static PdfLayout a4(String documentTitle) {
        return new PdfLayout(documentTitle, 50);
    }

    /** The line above the title that says whose document it is. */
    public PdfLayout letterhead() {
        return add(new Paragraph(PUBLISHER + " — Services en ligne", body));
    }

    public PdfLayout title(String text) {
        Paragraph paragraph = new Paragraph(printable(text), title);
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(12);
        return add(paragraph);
    }

    public PdfLayout heading(String text) {
        Paragraph paragraph = new Paragraph(printable(text), heading);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return add(paragraph);
    }

    public PdfLayout paragraph(String text) {
        Paragraph paragraph = new Paragraph(printable(text), body);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    /** A paragraph with a second, indented line of detail (a history line and its message). */
    public PdfLayout paragraph(String text, String detail) {
        Paragraph paragraph = new Paragraph(printable(text), body);
        if (detail != null) {
            paragraph.add(new Phrase("\n" + printable(detail), body));
        }
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    public PdfLayout bullet(String text) {
        Paragraph paragraph = new Paragraph("•  " + printable(text), body);
        paragraph.setIndentationLeft(14);
        paragraph.setSpacingAfter(4);
        return add(paragraph);
    }

    /** A two-column table, label → value, in the map's order. */
    public PdfLayout facts(Map<String, String> rows) {
        PdfPTable table = new PdfPTable(new float[] {1, 2.5f});
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        rows.forEach((name, value) -> {
            PdfPCell nameCell = new PdfPCell(new Phrase(printable(name), label));
            nameCell.setPadding(5);
            table.addCell(nameCell);
            PdfPCell valueCell = new PdfPCell(new Phrase(value == null ? "" : printable(value), body));
            valueCell.setPadding(5);
            table.addCell(valueCell);
        });
        return add(table);
    }

    /**
     * A QR code of {@code text} (a verification address), 4 cm wide, with a caption under it.
     * Drawn module by module as vector squares: sharp when printed, and no image library needed.
     */
    public PdfLayout qrCode(String text, String caption) {
        com.google.zxing.common.BitMatrix matrix;
        try {
            matrix = new com.google.zxing.qrcode.QRCodeWriter()
                    .encode(
                            text,
                            com.google.zxing.BarcodeFormat.QR_CODE,
                            0,
                            0,
                            java.util.Map.of(
                                    com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                                    com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.M,
                                    com.google.zxing.EncodeHintType.MARGIN,
                                    0));
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalArgumentException("Texte trop long pour un code QR", e);
        }
        float side = 113; // 4 cm in points
        float module = side / matrix.getWidth();
        com.lowagie.text.pdf.PdfTemplate template = writer.getDirectContent().createTemplate(side, side);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, side - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(template);
            image.setAlignment(Element.ALIGN_LEFT);
            document.add(image);
        } catch (DocumentException e) {
            throw new IllegalStateException("Code QR impossible à placer dans le PDF", e);
        }
        return paragraph(caption);
    }

    /** A table with a header row, columns sized by {@code widths}, the header repeated on each page. */
    public PdfLayout table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(printable(header), label));
            cell.setPadding(4);
            cell.setBackgroundColor(new Color(0xF4, 0xF6, 0xF8));
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : printable(value), small));
                cell.setPadding(4);
                table.addCell(cell);
            }
        }
        return add(table);
    }

    /**
     * The standard PDF fonts (WinAnsi) have no narrow no-break space, which amounts use between
     * thousands ("1 250 000 FCFA"): it would vanish and glue the digits together. A no-break
     * space keeps the groups apart and the amount on one line.
     */
    static String printable(String text) {
        return text.replace('\u202f', '\u00a0');
    }

    /** Closes the document and returns its bytes. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfLayout add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            document.close();
            throw new IllegalStateException("Document PDF impossible à produire", e);
        }
        return this;
    }
}
