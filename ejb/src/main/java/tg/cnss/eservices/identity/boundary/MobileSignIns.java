package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.MobileSession;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.Secrets;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Signing in to the CNSS mobile application: the portal's own sign-in ({@link SignIns}, then
 * {@link SecondStepSignIns} when the account has a second factor) — the same password, lockout and
 * codes — then a session for the device, with a refresh token replaced at each use. For employers
 * and insured persons only: staff work in the portal. Called by the partner API's mobile resource,
 * whose calls carry the application's own client token.
 */
@Stateless
@PermitAll
public class MobileSignIns {

    private static final String BY_REFRESH = "SELECT s FROM MobileSession s WHERE s.refreshHash = :hash";
    private static final String BY_PREVIOUS_REFRESH = "SELECT s FROM MobileSession s WHERE s.previousHash = :hash";

    /** A session opened or renewed: its id (the access tokens' subject) and its new refresh token. */
    public record Opened(String sessionId, String refreshToken, String email, Role role) {}

    /**
     * What a sign-in step gave: a session; or the second step to take ({@code step}, with the
     * account and credentials version it must be taken for); or a refusal, in French.
     */
    public record Outcome(Opened opened, SecondStep step, String email, long credentialsVersion, String refusal) {

        static Outcome refused(String why) {
            return new Outcome(null, SecondStep.NONE, null, -1, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    /** Who a session's access token acts for. */
    public record MobileUser(String sessionId, String email, Role role) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SignIns signIns;

    @Inject
    SecondStepSignIns secondSteps;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Outcome signIn(String identifier, String password, String device, String address) {
        SignInResult result = signIns.signIn(identifier, password, address);
        return switch (result.outcome()) {
            case SUCCESS -> opened(result, device, address);
            case SECOND_STEP -> secondStepOf(result);
            case LOCKED -> Outcome.refused(SignInMessages.LOCKED);
            case DISABLED -> Outcome.refused("Ce compte est désactivé. Contactez la CNSS.");
            case PENDING_ACTIVATION ->
                Outcome.refused(
                        "Votre compte attend encore son activation par la CNSS : vous serez prévenu par e-mail.");
            case ACTIVATION_REFUSED ->
                Outcome.refused("La CNSS n'a pas activé ce compte ; le message qu'elle vous a envoyé dit pourquoi.");
            case EMAIL_REQUIRED ->
                Outcome.refused("Ajoutez d'abord votre adresse e-mail à ce compte de l'ancien site, sur le portail.");
            case INVALID_CREDENTIALS -> Outcome.refused("Identifiant ou mot de passe incorrect.");
        };
    }

    /** The code of the second step, for the account and credentials version the password step gave. */
    public Outcome secondStep(String email, long credentialsVersion, String code, String device, String address) {
        SecondStepResult result = secondSteps.verify(email, credentialsVersion, code, address);
        if (result.signIn() == null || !result.signIn().succeeded()) {
            return Outcome.refused(result.message());
        }
        return opened(result.signIn(), device, address);
    }

    /**
     * A new access for a session by its refresh token, which is replaced. A token already replaced
     * played again closes the session: one of the two players holds a copy.
     */
    public Optional<Opened> refresh(String refreshToken, String address) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Optional.empty();
        }
        String hash = Secrets.tokenDigest(refreshToken.strip());
        Instant now = clock.instant();
        Optional<MobileSession> current = sessionWhere(BY_REFRESH, hash);
        if (current.isEmpty()) {
            sessionWhere(BY_PREVIOUS_REFRESH, hash).ifPresent(copied -> {
                copied.close(now, "jeton de renouvellement rejoué");
                audit.record(actorOf(copied), address, AuditAction.MOBILE_SESSION, "FERMEE", "jeton rejoué");
            });
            return Optional.empty();
        }
        MobileSession session = current.get();
        Optional<UserAccount> account = stillAllowed(session, now);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String next = Secrets.urlToken();
        session.renew(Secrets.tokenDigest(next), now);
        return Optional.of(new Opened(
                session.getPublicId(),
                next,
                account.get().getEmail().value(),
                account.get().getRole()));
    }

    /** The user of an open session, or nothing (closed, expired, password changed since, account off). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MobileUser> user(String sessionId) {
        return em.createQuery("SELECT s FROM MobileSession s WHERE s.publicId = :id", MobileSession.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst()
                .flatMap(session -> stillAllowed(session, clock.instant())
                        .map(account -> new MobileUser(
                                session.getPublicId(), account.getEmail().value(), account.getRole())));
    }

    /** "Se déconnecter" in the application. */
    public void signOut(String sessionId, String address) {
        em.createQuery("SELECT s FROM MobileSession s WHERE s.publicId = :id", MobileSession.class)
                .setParameter("id", sessionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .ifPresent(session -> {
                    session.close(clock.instant(), "déconnexion depuis l'application");
                    audit.record(actorOf(session), address, AuditAction.MOBILE_SESSION, "FERMEE", session.getDevice());
                });
    }

    private Outcome secondStepOf(SignInResult result) {
        if (result.secondStep() == SecondStep.TOTP_ENROLMENT || !mobileRole(result.role())) {
            return Outcome.refused(staffRefusal());
        }
        if (result.secondStep() == SecondStep.SMS) {
            secondSteps.sendSmsCode(result.email(), result.credentialsVersion());
        }
        return new Outcome(null, result.secondStep(), result.email(), result.credentialsVersion(), null);
    }

    private Outcome opened(SignInResult result, String device, String address) {
        if (!mobileRole(result.role())) {
            return Outcome.refused(staffRefusal());
        }
        UserAccount account = accounts.getByEmail(new EmailAddress(result.email()));
        String refresh = Secrets.urlToken();
        MobileSession session = new MobileSession(
                UUID.randomUUID().toString(),
                account.getId(),
                device == null || device.isBlank() ? "Appareil sans nom" : device.strip(),
                Secrets.tokenDigest(refresh),
                result.credentialsVersion(),
                clock.instant());
        em.persist(session);
        audit.record(result.email(), address, AuditAction.MOBILE_SESSION, "OUVERTE", session.getDevice());
        return new Outcome(
                new Opened(session.getPublicId(), refresh, result.email(), result.role()),
                SecondStep.NONE,
                result.email(),
                result.credentialsVersion(),
                null);
    }

    private Optional<UserAccount> stillAllowed(MobileSession session, Instant now) {
        if (!session.isOpenAt(now)) {
            return Optional.empty();
        }
        return accounts.findById(session.getAccountId())
                .filter(account -> account.isEnabled()
                        && !account.isLockedAt(now)
                        && account.keepsSessionsOf(session.getCredentialsVersion()));
    }

    /** The session whose refresh token is this one, or (played again) was this one just before. */
    private Optional<MobileSession> sessionWhere(String query, String hash) {
        return em.createQuery(query, MobileSession.class)
                .setParameter("hash", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private String actorOf(MobileSession session) {
        return accounts.findById(session.getAccountId())
                .map(account -> account.getEmail().value())
                .orElse("compte " + session.getAccountId());
    }

    private static boolean mobileRole(Role role) {
        return role == Role.EMPLOYER || role == Role.INSURED;
    }

    private static String staffRefusal() {
        return "L'application mobile est réservée aux employeurs et aux assurés : les agents travaillent sur le portail.";
    }
}
