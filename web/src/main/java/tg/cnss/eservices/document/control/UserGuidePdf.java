package tg.cnss.eservices.document.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/**
 * Renders the user guide from its plain-text source: a line starting with "# " is a title, "## "
 * a section heading, "- " a list item, anything else a paragraph. Kept this small on purpose; the
 * certificates and receipts of later issues get their own layouts.
 */
public final class UserGuidePdf {

    private static final Color CNSS_BLUE = new Color(0x0B, 0x4F, 0x8A);

    private UserGuidePdf() {}

    public static byte[] render(String text) {
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, CNSS_BLUE);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, CNSS_BLUE);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Guide d'utilisation des services en ligne de la CNSS");
            document.addAuthor("Caisse Nationale de Sécurité Sociale du Togo");
            document.open();
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Paragraph paragraph;
                if (line.startsWith("## ")) {
                    paragraph = new Paragraph(line.substring(3), heading);
                    paragraph.setSpacingBefore(14);
                } else if (line.startsWith("# ")) {
                    paragraph = new Paragraph(line.substring(2), title);
                    paragraph.setSpacingAfter(10);
                } else if (line.startsWith("- ")) {
                    paragraph = new Paragraph("•  " + line.substring(2), body);
                    paragraph.setIndentationLeft(14);
                } else {
                    paragraph = new Paragraph(line, body);
                }
                paragraph.setSpacingAfter(4);
                document.add(paragraph);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Guide d'utilisation : PDF impossible à produire", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}
