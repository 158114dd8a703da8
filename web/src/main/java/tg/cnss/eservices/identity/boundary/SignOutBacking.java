package tg.cnss.eservices.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Sign-out (a POST from the header, protected by the JSF view state) and "Rester connecté", which
 * only needs to reach the server to keep the session alive.
 */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    FacesContext faces;

    @Inject
    SignIns signIns;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            signIns.signedOut(request.getUserPrincipal().getName(), request.getRemoteAddr());
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/?deconnecte=1");
    }

    public void keepAlive() {
        // Reaching the server renews the session's idle timer: nothing else to do.
    }
}
