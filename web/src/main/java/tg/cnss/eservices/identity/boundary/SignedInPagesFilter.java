package tg.cnss.eservices.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Personal pages must not stay in a shared computer's cache or history after sign-out
 * (quality.md: Cache-Control: no-store on signed-in pages, and on the second-step pages that show
 * an app key); and a session ends here at its next page when its account was closed, lost its
 * activation, changed role, department, password or second factor (the credentials version), or
 * when it is older than {@link SignedInSession#ABSOLUTE_LIFETIME}. Roles are read at sign-in, so
 * this check is what makes a demotion take effect at once.
 */
@WebFilter(
        urlPatterns = {
            "/employeur/*",
            "/assure/*",
            "/agent/*",
            "/admin/*",
            "/compte/*",
            SignedInPagesFilter.SECOND_STEP_PAGE,
            SignedInPagesFilter.APP_SETUP_PAGE
        })
public class SignedInPagesFilter extends HttpFilter {

    static final String SECOND_STEP_PAGE = "/connexion-verification.xhtml";
    static final String APP_SETUP_PAGE = "/connexion-application.xhtml";
    /** The sign-in page, telling why the session ended. */
    static final String CLOSED_SESSION_PAGE = "/connexion.xhtml?sessionFermee=1";

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        HttpSession session = request.getSession(false);
        if (session != null && !stillValid(request, session)) {
            session.invalidate();
            redirect(request, response, request.getContextPath() + CLOSED_SESSION_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpServletRequest request, HttpSession session) {
        if (request.getUserPrincipal() != null) {
            Optional<SignedInSession> signedIn = SignedInSession.of(session);
            if (signedIn.isEmpty() || signedIn.get().expiredAt(clock.instant())) {
                return false;
            }
            Optional<AccountView> account = accounts.currentIfStillValid(
                    signedIn.get().credentialsVersion(), signedIn.get().role());
            // Kept for the page (CurrentUser): the account is read once per request, not twice.
            account.ifPresent(view -> request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, view));
            return account.isPresent();
        }
        PendingSignIn pending = PendingSignIn.of(session, clock.instant());
        return pending == null || accounts.sessionStillValid(pending.email(), pending.credentialsVersion(), null);
    }

    /** A JSF Ajax request cannot follow a plain redirect: it is told in its own format. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(url);
    }
}
