package tg.cnss.eservices.identity.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in for the portal's spaces. Credentials come only from the sign-in form, through
 * {@code SecurityContext.authenticate}; a protected page asked for without a session leads to the
 * sign-in page. The identity is kept in the HTTP session, whose id is renewed at sign-in so that
 * a session id planted before cannot be reused (session fixation).
 *
 * <p>Two steps when the account has a second factor (or, for staff, must set one up): a right
 * password only records a {@link PendingSignIn} in the session; the code typed on the second-step
 * page then signs in. Until then the session has no caller and reaches no protected page.
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

    /** Request attribute holding the refused second step's answer, for the second-step page. */
    static final String SECOND_STEP_ATTRIBUTE = PortalAuthenticationMechanism.class.getName() + ".secondStep";
    /** Session attribute holding recovery codes made at sign-in, shown once by their page. */
    static final String NEW_RECOVERY_CODES = PortalAuthenticationMechanism.class.getName() + ".recoveryCodes";

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    SignIns signIns;

    @Inject
    SecondStepSignIns secondSteps;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return passwordStep(password, request, context);
        }
        if (credential instanceof SecondStepCredential code) {
            return secondStep(code, request, context);
        }
        return context.isProtected() ? context.redirect(request.getContextPath() + SIGN_IN_PAGE) : context.doNothing();
    }

    private AuthenticationStatus passwordStep(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        SignInResult result;
        try {
            result = signIns.signIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        } catch (EJBException e) {
            // A lock on the account not obtained in time (many parallel attempts): refused like a
            // wrong password, whatever the password was, so the answer tells a guesser nothing.
            LOG.log(Level.WARNING, "Connexion refusée faute d'avoir pu traiter la tentative", e);
            result = SignInResult.refused(SignInOutcome.INVALID_CREDENTIALS);
        }
        request.setAttribute(OUTCOME_ATTRIBUTE, result.outcome());
        if (result.outcome() == SignInOutcome.SECOND_STEP) {
            renewSessionId(request);
            new PendingSignIn(
                            result.email(),
                            result.credentialsVersion(),
                            result.secondStep(),
                            clock.instant(),
                            result.secondStep() == SecondStep.TOTP_ENROLMENT
                                    ? secondSteps.newAppKey(result.email())
                                    : null)
                    .keepIn(request.getSession(true));
        }
        if (result.outcome() == SignInOutcome.EMAIL_REQUIRED) {
            // An old-site user name: its claim goes on in this session only (LegacyClaimBacking).
            renewSessionId(request);
            request.getSession(true).setAttribute(LegacyClaimBacking.CLAIM_TOKEN, result.claimToken());
        }
        if (!result.succeeded()) {
            // Not context.responseUnauthorized(): the JSF page itself shows the message or moves on.
            return AuthenticationStatus.SEND_FAILURE;
        }
        return signedIn(result, request, context);
    }

    private AuthenticationStatus secondStep(
            SecondStepCredential credential, HttpServletRequest request, HttpMessageContext context) {
        PendingSignIn pending = PendingSignIn.of(request.getSession(false), clock.instant());
        SecondStepResult result;
        try {
            result = checkSecondStep(pending, credential, request);
        } catch (EJBException e) {
            // As for the password: a code that could not be checked in time is not accepted.
            LOG.log(Level.WARNING, "Code de connexion refusé faute d'avoir pu le vérifier", e);
            result = SecondStepResult.startAgain(SecondStepSignIns.START_AGAIN);
        }
        request.setAttribute(SECOND_STEP_ATTRIBUTE, result);
        if (!result.succeeded()) {
            if (result.startAgain()) {
                PendingSignIn.forget(request.getSession(false));
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        PendingSignIn.forget(request.getSession(false));
        AuthenticationStatus status = signedIn(result.signIn(), request, context);
        if (!result.newRecoveryCodes().isEmpty()) {
            request.getSession().setAttribute(NEW_RECOVERY_CODES, new java.util.ArrayList<>(result.newRecoveryCodes()));
        }
        return status;
    }

    private SecondStepResult checkSecondStep(
            PendingSignIn pending, SecondStepCredential credential, HttpServletRequest request) {
        if (pending == null) {
            return SecondStepResult.startAgain(SecondStepSignIns.START_AGAIN);
        }
        if (pending.step() == SecondStep.TOTP_ENROLMENT) {
            return secondSteps.enrol(
                    pending.email(),
                    pending.credentialsVersion(),
                    pending.appKey(),
                    credential.code(),
                    request.getRemoteAddr());
        }
        return secondSteps.verify(
                pending.email(), pending.credentialsVersion(), credential.code(), request.getRemoteAddr());
    }

    private AuthenticationStatus signedIn(SignInResult result, HttpServletRequest request, HttpMessageContext context) {
        renewSessionId(request);
        // What the session was opened with: a later change of the account closes it (SignedInPagesFilter).
        new SignedInSession(result.credentialsVersion(), result.role(), clock.instant())
                .keepIn(request.getSession(true));
        return context.notifyContainerAboutLogin(new CallerPrincipal(result.email()), result.groups());
    }

    /** A new session id at each step that raises what the session may do (session fixation). */
    private static void renewSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }
}
