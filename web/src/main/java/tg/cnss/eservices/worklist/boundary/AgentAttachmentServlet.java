package tg.cnss.eservices.worklist.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.document.boundary.Downloads;
import tg.cnss.eservices.request.boundary.AttachmentDownload;

/**
 * Downloads a file joined to a request of the agent's department ({@link Worklists#attachment}
 * refuses any other, and audits it); anything else is a 404 that says nothing.
 */
@WebServlet("/agent/piece-jointe")
public class AgentAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklists worklists;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentDownload file;
        try {
            file = worklists.attachment(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | UnknownWorkItemException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.fileName(), file.mediaType(), file.content());
    }
}
