package tg.cnss.eservices.identity.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;

/**
 * The second step of a sign-in: "Vérification en deux étapes" (a code of the app, of an SMS, or a
 * recovery code) and, for staff without an app, "Activer l'application d'authentification".
 */
@Named
@RequestScoped
public class SecondStepBacking {

    static final String VERIFICATION_PAGE = "/connexion-verification.xhtml";
    static final String APP_SET_UP_PAGE = "/connexion-application.xhtml";
    static final String RECOVERY_CODES_PAGE = "/compte/codes-de-secours.xhtml";

    /** Flash entry the signed-in spaces' template shows once, at the top of the next page. */
    static final String SPACE_NOTICE = "avis";

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext securityContext;

    @Inject
    SecondStepSignIns secondSteps;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private String code;
    private PendingSignIn pending;

    /** Right after a right password: sends the SMS if that is the account's way, then shows the step's page. */
    public void begin() throws IOException {
        PendingSignIn started = pending();
        ExternalContext external = faces.getExternalContext();
        if (started != null && started.step() == SecondStep.SMS) {
            keepMessage(
                    FacesMessage.SEVERITY_INFO, secondSteps.sendSmsCode(started.email(), started.credentialsVersion()));
        }
        String page =
                started != null && started.step() == SecondStep.TOTP_ENROLMENT ? APP_SET_UP_PAGE : VERIFICATION_PAGE;
        external.redirect(external.getRequestContextPath() + page);
    }

    public void verify() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new SecondStepCredential(code == null ? "" : code)));
        code = null;
        SecondStepResult result =
                (SecondStepResult) request.getAttribute(PortalAuthenticationMechanism.SECOND_STEP_ATTRIBUTE);
        if (status == AuthenticationStatus.SUCCESS) {
            if (result != null && result.message() != null) {
                // Shown once by the space's template (its pages have their own message areas).
                external.getFlash().put(SPACE_NOTICE, result.message());
            }
            boolean newCodes =
                    request.getSession().getAttribute(PortalAuthenticationMechanism.NEW_RECOVERY_CODES) != null;
            external.redirect(
                    external.getRequestContextPath() + (newCodes ? RECOVERY_CODES_PAGE : currentUser.homePath()));
            return;
        }
        String message = result == null ? SecondStepSignIns.START_AGAIN : result.message();
        if (result == null || result.startAgain()) {
            keepMessage(FacesMessage.SEVERITY_ERROR, message);
            external.redirect(external.getRequestContextPath() + PortalAuthenticationMechanism.SIGN_IN_PAGE);
            return;
        }
        faces.addMessage("verification:code", new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** "RENVOYER CODE" for accounts that receive their code by SMS. */
    public void resend() {
        PendingSignIn current = pending();
        String message = current == null
                ? SecondStepSignIns.START_AGAIN
                : secondSteps.sendSmsCode(current.email(), current.credentialsVersion());
        faces.addMessage(
                null,
                new FacesMessage(
                        message.startsWith("Un code a été envoyé par SMS")
                                ? FacesMessage.SEVERITY_INFO
                                : FacesMessage.SEVERITY_WARN,
                        message,
                        null));
    }

    public String cancel() {
        PendingSignIn.forget(((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false));
        return PortalAuthenticationMechanism.SIGN_IN_PAGE + "?faces-redirect=true";
    }

    PendingSignIn pending() {
        if (pending == null) {
            pending = PendingSignIn.of(
                    ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false), clock.instant());
        }
        return pending;
    }

    public boolean isWaiting() {
        return pending() != null;
    }

    public boolean isBySms() {
        return isWaiting() && pending().step() == SecondStep.SMS;
    }

    public boolean isSettingUpApp() {
        return isWaiting() && pending().step() == SecondStep.TOTP_ENROLMENT;
    }

    /** Demo mode only, for the demo accounts: the code their (published) key gives now. */
    public String getDemoCode() {
        return isWaiting() && pending().step() == SecondStep.TOTP
                ? secondSteps.demoCode(pending().email()).orElse(null)
                : null;
    }

    public NewAppKey getAppKey() {
        return isSettingUpApp() ? pending().appKey() : null;
    }

    private void keepMessage(FacesMessage.Severity severity, String message) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(severity, message, null));
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
