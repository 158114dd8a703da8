package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Counts a failed sign-in step (wrong password, wrong second-factor code) on the account; the
 * fifth in a row locks it for {@link LockoutPolicy#LOCK_DURATION} and tells its owner by e-mail.
 */
@Dependent
public class SignInFailures {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH'h'mm").withZone(Clocks.LOME);

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** @return true when this failure locked the account */
    public boolean record(UserAccount account, Instant now, String address, AuditAction action, String reason) {
        String actor = account.getEmail().value();
        boolean locked = account.recordFailedSignIn(now, LockoutPolicy.MAX_FAILURES, LockoutPolicy.LOCK_DURATION);
        audit.record(actor, address, action, "REFUSE", reason);
        if (!locked) {
            return false;
        }
        audit.record(
                actor,
                address,
                AuditAction.ACCOUNT_LOCKED,
                "VERROUILLE",
                LockoutPolicy.MAX_FAILURES + " échecs consécutifs");
        notifications.email(
                actor,
                "Votre compte CNSS est temporairement bloqué",
                "Bonjour " + account.getFullName() + ",\n\n"
                        + LockoutPolicy.MAX_FAILURES + " essais erronés (mot de passe ou code de vérification) ont été"
                        + " faits pour votre compte des services en ligne de la CNSS. Par sécurité, la connexion est"
                        + " bloquée jusqu'à " + HOUR.format(account.getLockedUntil()) + " (heure de Lomé).\n\n"
                        + "Si ce n'était pas vous, changez votre mot de passe dès que possible avec "
                        + "« Mot de passe oublié ? ».\n\nCaisse Nationale de Sécurité Sociale du Togo");
        return true;
    }
}
