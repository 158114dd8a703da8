package tg.cnss.eservices.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sign-in for the portal's spaces. Credentials come only from the sign-in form, through
 * {@code SecurityContext.authenticate}; a protected page asked for without a session leads to the
 * sign-in page. The identity is kept in the HTTP session, whose id is renewed at sign-in so that
 * a session id planted before cannot be reused (session fixation).
 *
 * <p>Not {@code @LoginToContinue}: Soteria's interceptor keeps a "caller-initiated" flag in the
 * session after a failed attempt, and the next protected page then got an empty answer instead
 * of the sign-in page. The redirect below is all we need from it.
 */
@ApplicationScoped
@AutoApplySession
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the sign-in page why an attempt failed. */
    static final String OUTCOME_ATTRIBUTE = PortalAuthenticationMechanism.class.getName() + ".outcome";

    static final String SIGN_IN_PAGE = "/connexion.xhtml";
    public static final String CREDENTIALS_VERSION = PortalAuthenticationMechanism.class.getName() + ".credentialsVersion";

    @Inject
    SignIns signIns;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential)) {
            return context.isProtected() ? context.redirect(request.getContextPath() + SIGN_IN_PAGE) : context.doNothing();
        }
        SignInResult result = signIns.signIn(credential.getCaller(), credential.getPasswordAsString(),
                request.getRemoteAddr());
        if (!result.succeeded()) {
            request.setAttribute(OUTCOME_ATTRIBUTE, result.outcome());
            // Not context.responseUnauthorized(): the JSF page itself shows the message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        // The password's version when the session was opened: a later change closes it (SignedInPagesFilter).
        request.getSession(true).setAttribute(CREDENTIALS_VERSION, result.credentialsVersion());
        return context.notifyContainerAboutLogin(new CallerPrincipal(result.email()), result.groups());
    }
}
