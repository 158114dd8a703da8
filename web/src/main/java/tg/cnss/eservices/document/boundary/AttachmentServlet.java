package tg.cnss.eservices.document.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tg.cnss.eservices.request.boundary.AttachmentDownload;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.boundary.UnknownRequestException;
import tg.cnss.eservices.worklist.boundary.UnknownWorkItemException;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * Downloads a file joined to a request: requesters get their own requests' files, agents those of
 * their department's requests (the EJBs decide); anything else is a 404 that says nothing. Always
 * as an attachment of the type read from the content, never rendered by the browser.
 */
@WebServlet({"/employeur/piece-jointe", "/assure/piece-jointe", "/agent/piece-jointe"})
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    Worklists worklists;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentDownload file;
        try {
            long id = Long.parseLong(request.getParameter("id"));
            file = request.getServletPath().startsWith("/agent/") ? worklists.attachment(id) : requests.attachment(id);
        } catch (NumberFormatException | UnknownRequestException | UnknownWorkItemException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", contentDisposition(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
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
