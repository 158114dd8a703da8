package tg.cnss.eservices.request.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;

/**
 * Downloads a file joined to one of the signed-in person's requests ({@link Requests#attachment}
 * refuses anyone else's); anything else is a 404 that says nothing. Agents have their own servlet.
 */
@WebServlet({"/employeur/piece-jointe", "/assure/piece-jointe"})
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentDownload file;
        try {
            file = requests.attachment(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | UnknownRequestException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.fileName(), file.mediaType(), file.content());
    }
}
