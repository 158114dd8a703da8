package tg.cnss.eservices.document.control;

/**
 * Renders the user guide from its plain-text source: a line starting with "# " is a title, "## "
 * a section heading, "- " a list item, anything else a paragraph.
 */
public final class UserGuidePdf {

    private UserGuidePdf() {}

    public static byte[] render(String text) {
        PdfLayout pdf = PdfLayout.a4("Guide d'utilisation des services en ligne de la CNSS");
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("## ")) {
                pdf.heading(line.substring(3));
            } else if (line.startsWith("# ")) {
                pdf.title(line.substring(2));
            } else if (line.startsWith("- ")) {
                pdf.bullet(line.substring(2));
            } else {
                pdf.paragraph(line);
            }
        }
        return pdf.finish();
    }
}
