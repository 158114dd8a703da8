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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.identity.control.LockoutPolicy;

/** The "Connectez-vous ici !" block of the home page and of the sign-in page. */
@Named
@RequestScoped
public class SignInBacking {

    static final String FAILED_MESSAGE = "Identifiant ou mot de passe incorrect.";
    /** Only said after the right password: it tells nothing to someone guessing. */
    static final String PENDING_MESSAGE = "Votre compte est en attente d'activation par la CNSS : vous serez notifié"
            + " par e-mail une fois votre compte activé.";

    static final String REFUSED_MESSAGE = "L'activation de votre compte a été refusée ; le motif vous a été envoyé par"
            + " e-mail. Pour toute question, contactez la CNSS (Réclamations ou agence).";
    static final String LOCKOUT_HINT = "Après " + LockoutPolicy.MAX_FAILURES
            + " essais erronés, la connexion est bloquée pendant " + LockoutPolicy.LOCK_DURATION.toMinutes()
            + " minutes et un e-mail vous prévient.";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    CurrentUser currentUser;

    @Inject
    SecondStepBacking secondStep;

    private String email;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                email == null ? "" : email.trim(), new Password(password))));
        password = null;
        Object outcome = request.getAttribute(PortalAuthenticationMechanism.OUTCOME_ATTRIBUTE);
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + currentUser.homePath());
        } else if (outcome == SignInOutcome.SECOND_STEP) {
            secondStep.begin();
        } else if (outcome == SignInOutcome.EMAIL_REQUIRED) {
            external.redirect(external.getRequestContextPath() + LegacyClaimBacking.PAGE);
        } else {
            String message = outcome == SignInOutcome.PENDING_ACTIVATION
                    ? PENDING_MESSAGE
                    : outcome == SignInOutcome.ACTIVATION_REFUSED ? REFUSED_MESSAGE : FAILED_MESSAGE;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            message,
                            message.equals(FAILED_MESSAGE) ? LOCKOUT_HINT : null));
            faces.validationFailed();
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
