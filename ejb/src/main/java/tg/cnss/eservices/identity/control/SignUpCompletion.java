package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.identity.boundary.SignUpRefusedException;
import tg.cnss.eservices.identity.entity.PendingSignUp;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.Payloads;

/**
 * The end of a sign-up whose codes were right: the account, waiting for activation, and its
 * "Activation de compte en ligne" request for the Immatriculation department.
 */
@Dependent
public class SignUpCompletion {

    @Inject
    AccountRepository accounts;

    @Inject
    SignUpNumbers numbers;

    @Inject
    AccountActivationKind activations;

    @Inject
    RequestSubmission submission;

    @Inject
    AuditTrail audit;

    public void createAccount(PendingSignUp signUp, Instant now) {
        numbers.refuseIfSignedUp(signUp.getRegistrationNumber(), "ce numéro");
        if (accounts.findByEmail(signUp.getEmail()).isPresent()) {
            throw new SignUpRefusedException("Un compte utilise déjà l'adresse "
                    + signUp.getEmail().value() + " : connectez-vous, ou utilisez « Mot de passe oublié ? ».");
        }
        UserAccount account = new UserAccount(
                signUp.getEmail(), signUp.getPasswordHash(), signUp.getFullName(), signUp.getRole(), now);
        account.linkToRegistration(signUp.getRegistrationNumber());
        account.changePhone(signUp.getPhone());
        account.awaitActivation();
        accounts.add(account);
        AccountActivationKind.Activation typed =
                Payloads.read(signUp.getDetails(), AccountActivationKind.Activation.class);
        // The sign-up form's lines, in the order the applicant filled them, then what the portal proved.
        List<AccountActivationKind.Line> lines = new ArrayList<>(typed.lines());
        lines.add(new AccountActivationKind.Line("Rôle", signUp.getRole().label()));
        lines.add(new AccountActivationKind.Line(
                "Adresse mail (identifiant)", signUp.getEmail().value()));
        lines.add(new AccountActivationKind.Line(
                "Téléphone (vérifié par code)", signUp.getPhone().display()));
        submission.submit(
                activations,
                new RequestSubmission.Requester(
                        account.getId(),
                        signUp.getEmail().value(),
                        signUp.getFullName(),
                        signUp.getPhone().e164()),
                "Compte " + signUp.getRole().label() + " — " + signUp.getFullName(),
                new AccountActivationKind.Activation(lines, typed.warnings()),
                List.of());
        audit.record(
                signUp.getEmail().value(),
                null,
                AuditAction.SIGN_UP_VERIFIED,
                "SUCCES",
                "compte en attente d'activation");
    }
}
