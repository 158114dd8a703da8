package tg.cnss.eservices.document.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tg.cnss.eservices.document.control.UserGuidePdf;
import tg.cnss.eservices.platform.boundary.ServiceCatalog;

/**
 * "Télécharger le guide d'utilisation des services en ligne": the guide is written as text in
 * the repository (guide-utilisateur.txt), its spaces' sections from the service catalog the menus
 * are made from ({@link UserGuide}), and rendered to PDF once, so that it changes with the portal it
 * describes.
 */
@WebServlet("/guide-utilisateur.pdf")
public class UserGuideServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SOURCE = "/tg/cnss/eservices/document/guide-utilisateur.txt";

    @Inject
    ServiceCatalog catalog;

    private byte[] pdf;

    @Override
    public void init() throws ServletException {
        try (InputStream in = UserGuideServlet.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new ServletException("Texte du guide introuvable : " + SOURCE);
            }
            pdf = UserGuidePdf.render(UserGuide.text(new String(in.readAllBytes(), StandardCharsets.UTF_8), catalog));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.sendPdf(response, "guide-services-en-ligne-cnss.pdf", pdf);
    }
}
