package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tg.cnss.eservices.identity.boundary.SignUpRefusedException;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * The throttles of sign-up, counted in the database (so that they hold across a cluster): starts
 * per phone number, identity mismatches per registration number, numbers tried per client address.
 */
@Dependent
public class SignUpLimits {

    /** Wrong identity answers for one insured number before sign-up pauses for an hour. */
    public static final int MAX_MISMATCHES_PER_HOUR = 5;
    /** Sign-ups started with one phone number in an hour, at most (each sends an SMS). */
    public static final int MAX_STARTS_PER_PHONE_PER_HOUR = 3;
    /** Registration numbers tried at step 1 from one client address in an hour (shared addresses are common). */
    public static final int MAX_NUMBER_CHECKS_PER_ADDRESS_PER_HOUR = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Each start sends an SMS: a phone number gets a few sign-ups an hour, not a flood. */
    public void refuseTooManyStartsFor(PhoneNumber phone, Instant now) {
        long recent = em.createQuery(
                        "SELECT COUNT(s) FROM PendingSignUp s WHERE s.phone = :phone AND s.createdAt > :since",
                        Long.class)
                .setParameter("phone", phone.e164())
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_STARTS_PER_PHONE_PER_HOUR) {
            throw new SignUpRefusedException(
                    "Trop d'inscriptions commencées avec ce numéro de téléphone : réessayez dans"
                            + " une heure. Si vous avez déjà reçu un code, utilisez-le sur la page de validation.");
        }
    }

    public void refuseAfterTooManyMismatches(String canonicalNumber) {
        long recent = em.createQuery(
                        "SELECT COUNT(a) FROM AuditEvent a WHERE a.actor = :number AND a.action = :action"
                                + " AND a.occurredAt > :since",
                        Long.class)
                .setParameter("number", canonicalNumber)
                .setParameter("action", AuditAction.SIGN_UP_MISMATCH)
                .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_MISMATCHES_PER_HOUR) {
            throw new SignUpRefusedException("Trop d'essais pour ce numéro : réessayez dans une heure, ou"
                    + " adressez-vous à votre agence CNSS.");
        }
    }

    /**
     * Numbers tried from one client address (audited with it), so that the registry cannot be
     * walked through step 1. Generous, because many people share an address on mobile networks.
     */
    public void refuseTooManyNumberChecksFrom(String address) {
        if (address == null) {
            return;
        }
        long recent = em.createQuery(
                        "SELECT COUNT(a) FROM AuditEvent a WHERE a.address = :address AND a.action = :action"
                                + " AND a.occurredAt > :since",
                        Long.class)
                .setParameter("address", address)
                .setParameter("action", AuditAction.SIGN_UP_NUMBER_CHECKED)
                .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_NUMBER_CHECKS_PER_ADDRESS_PER_HOUR) {
            throw new SignUpRefusedException("Trop de numéros essayés depuis votre connexion : réessayez dans une"
                    + " heure, ou adressez-vous à votre agence CNSS.");
        }
    }
}
