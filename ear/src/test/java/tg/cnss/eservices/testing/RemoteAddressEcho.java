package tg.cnss.eservices.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test deployments only: answers the client address the portal sees (what the audit log and the
 * limits per address record), to test which X-Forwarded-For headers the server trusts.
 */
@WebServlet("/test/adresse")
public class RemoteAddressEcho extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(request.getRemoteAddr());
    }
}
