package tg.cnss.eservices.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import tg.cnss.eservices.identity.boundary.PortalAuthenticationMechanism;

/**
 * Personal pages must not stay in a shared computer's cache or history after sign-out
 * (quality.md: Cache-Control: no-store on signed-in pages); and a session opened before the
 * account's password changed ends here (the change closes every session).
 */
@WebFilter(urlPatterns = {"/employeur/*", "/assure/*", "/agent/*", "/admin/*"})
public class SignedInPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @jakarta.inject.Inject
    tg.cnss.eservices.identity.boundary.Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        HttpSession session = request.getSession(false);
        Object version =
                session == null ? null : session.getAttribute(PortalAuthenticationMechanism.CREDENTIALS_VERSION);
        if (request.getUserPrincipal() != null
                && version instanceof Long credentialsVersion
                && !accounts.sessionStillValid(request.getUserPrincipal().getName(), credentialsVersion)) {
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/connexion.xhtml?motDePasseChange=1");
            return;
        }
        chain.doFilter(request, response);
    }
}
