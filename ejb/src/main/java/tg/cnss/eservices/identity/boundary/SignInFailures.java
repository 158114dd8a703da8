package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import tg.cnss.eservices.identity.control.LockoutPolicy;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Counts a failed step proving who one is (wrong password, wrong second-factor code, wrong
 * password asked again in "Sécurité du compte"); the fifth in a row locks the account for
 * {@link LockoutPolicy#LOCK_DURATION} and tells its owner by e-mail.
 *
 * <p>Each failure is counted in a short transaction of its own ({@link FailedSignInCounter}), on
 * the account row read with a write lock: parallel guesses queue on the row and none is lost (an
 * optimistic version check let 19 of 20 parallel guesses fail with an error instead of being
 * counted), and a failure stays counted when the caller's own transaction rolls back. The audit
 * lines and the e-mail follow outside the caller's transaction too. Callers must not hold a lock
 * on the account row (nor have changed it) when they call this.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInFailures {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH'h'mm").withZone(Clocks.LOME);

    @Inject
    FailedSignInCounter counter;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** @return true when the account is locked after this failure (by it or by a parallel one) */
    public boolean record(long accountId, String address, AuditAction action, String reason) {
        FailedSignInCounter.Count count = counter.add(accountId);
        String actor = count.email();
        audit.record(actor, address, action, "REFUSE", reason);
        if (!count.lockedNow()) {
            return count.lockedUntil() != null;
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
                "Bonjour " + count.fullName() + ",\n\n"
                        + LockoutPolicy.MAX_FAILURES + " essais erronés (mot de passe ou code de vérification) ont été"
                        + " faits pour votre compte des services en ligne de la CNSS. Par sécurité, la connexion est"
                        + " bloquée jusqu'à " + HOUR.format(count.lockedUntil()) + " (heure de Lomé).\n\n"
                        + "Si ce n'était pas vous, changez votre mot de passe dès que possible avec "
                        + "« Mot de passe oublié ? ».\n\nCaisse Nationale de Sécurité Sociale du Togo");
        return true;
    }
}
