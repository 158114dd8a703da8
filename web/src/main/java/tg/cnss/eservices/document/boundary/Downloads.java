package tg.cnss.eservices.document.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a file to download, the same way everywhere: always as an attachment, of the type given
 * (read from the content for uploaded files), never sniffed, never cached by shared caches.
 */
public final class Downloads {

    private Downloads() {}

    public static void send(HttpServletResponse response, String fileName, String mediaType, byte[] content)
            throws IOException {
        response.setContentType(mediaType);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void sendPdf(HttpServletResponse response, String fileName, byte[] pdf) throws IOException {
        send(response, fileName, "application/pdf", pdf);
    }

    /** The PDF if there is one; else 404, as for a reference that belongs to someone else. */
    public static void sendPdfOrNotFound(HttpServletResponse response, String fileName, java.util.Optional<byte[]> pdf)
            throws IOException {
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            sendPdf(response, fileName, pdf.get());
        }
    }

    public static void sendXlsx(HttpServletResponse response, String fileName, byte[] workbook) throws IOException {
        send(response, fileName, XLSX, workbook);
    }

    /** RFC 6266: an ASCII name for old clients, the real one (accents included) for the others. */
    static String contentDisposition(String fileName) {
        String ascii = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\;%]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
