package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.PasswordPolicy;
import tg.cnss.eservices.identity.entity.PasswordReset;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.platform.control.Secrets;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * "Mot de passe oublié ?": a single-use link valid 30 minutes, sent by e-mail. Asking answers the
 * same thing at the same speed whether the address is known or not — the work is done in the
 * background. Choosing the new password closes every session opened before.
 */
@Stateless
@PermitAll
public class PasswordResets {

    /**
     * Where the e-mail's link leads. The portal's address is configuration (CNSS_PUBLIC_URL), never
     * the request's Host header, which an attacker could set to send the link to his own site.
     */
    static final String PAGE = "/nouveau-mot-de-passe.xhtml?jeton=";
    /** Links sent to one account in an hour, at most. */
    static final int MAX_LINKS_PER_HOUR = 3;

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH'h'mm").withZone(Clocks.LOME);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Returns at once; the link, if the address has an account, leaves in the background. */
    public void request(String typedEmail) {
        session.getBusinessObject(PasswordResets.class).issue(typedEmail);
    }

    @Asynchronous
    public void issue(String typedEmail) {
        issueNow(typedEmail);
    }

    /**
     * In the caller's transaction: for a staff account just created by an administrator, whose
     * welcome link must see the new row (the background variant could run before it commits).
     */
    @jakarta.annotation.security.RolesAllowed("ADMIN")
    public void welcome(String email) {
        issueNow(email);
    }

    private void issueNow(String typedEmail) {
        String portalAddress = settings.publicAddress();
        EmailAddress email = EmailAddress.parseOrNull(typedEmail);
        // Requests arrive in parallel (background): the account's row, locked by this first read, puts
        // them in turn — and, on InnoDB, a locking read first makes the count below see the others' links.
        Optional<UserAccount> account = email == null
                ? Optional.empty()
                : em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                        .setParameter("email", email.value())
                        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst();
        if (account.isEmpty()) {
            audit.record(
                    email == null ? "(adresse invalide)" : email.value(),
                    null,
                    AuditAction.PASSWORD_RESET_REQUESTED,
                    "IGNORE",
                    "adresse sans compte");
            return;
        }
        Instant now = clock.instant();
        long lastHour = em.createQuery(
                        "SELECT r FROM PasswordReset r WHERE r.account = :account" + " AND r.createdAt > :since",
                        PasswordReset.class)
                .setParameter("account", account.get())
                .setParameter("since", now.minus(java.time.Duration.ofHours(1)))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .size();
        if (lastHour >= MAX_LINKS_PER_HOUR) {
            // Someone asking again and again must not flood the owner's mailbox.
            audit.record(
                    email.value(),
                    null,
                    AuditAction.PASSWORD_RESET_REQUESTED,
                    "IGNORE",
                    MAX_LINKS_PER_HOUR + " liens déjà envoyés dans l'heure");
            return;
        }
        String token = Secrets.urlToken();
        PasswordReset reset = new PasswordReset(account.get(), Secrets.tokenDigest(token), now);
        em.persist(reset);
        audit.record(email.value(), null, AuditAction.PASSWORD_RESET_REQUESTED, "SUCCES", "lien envoyé");
        notifications.emailWithSecret(
                email.value(),
                "Réinitialisation de votre mot de passe CNSS",
                "Bonjour " + account.get().getFullName()
                        + ",\n\nPour choisir un nouveau mot de passe, ouvrez ce lien :\n\n"
                        + Notice.SECRET + "\n\nIl est valable 30 minutes (jusqu'à "
                        + HOUR.format(reset.getExpiresAt()) + ", heure de Lomé) et ne sert qu'une fois. Si vous n'avez"
                        + " rien demandé, ignorez ce message : votre mot de passe actuel reste valable.\n\n"
                        + "Caisse Nationale de Sécurité Sociale du Togo",
                portalAddress + PAGE + token);
    }

    /** Whether the link can still be used (for the page to say so before anything is typed). */
    public boolean isUsable(String token) {
        return find(token).filter(reset -> reset.isUsableAt(clock.instant())).isPresent();
    }

    /** Sets the new password; the link is spent, every other link of the account too, older sessions end. */
    public void choose(String token, String password, String confirmation) {
        Instant now = clock.instant();
        PasswordReset reset = find(token)
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(() -> new InvalidFormException(Map.of(
                        "motDePasse",
                        "Ce lien n'est plus valable (30 minutes, un seul usage) :"
                                + " demandez-en un nouveau avec « Mot de passe oublié ? ».")));
        UserAccount account = reset.getAccount();
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        PasswordPolicy.problemWith(password, account.getEmail().value())
                .ifPresent(problem -> errors.put("motDePasse", problem));
        if (password != null && !password.equals(confirmation)) {
            errors.put("confirmation", "Confirmation mot de passe : elle diffère du mot de passe ; retapez-le.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        reset.use(now);
        em.createQuery("UPDATE PasswordReset r SET r.usedAt = :now WHERE r.account = :account AND r.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
        account.changePassword(hasher.hash(password), now);
        audit.record(
                account.getEmail().value(),
                null,
                AuditAction.PASSWORD_CHANGED,
                "SUCCES",
                "par lien « mot de passe oublié »");
        notifications.email(
                account.getEmail().value(),
                "Votre mot de passe CNSS a été changé",
                "Bonjour " + account.getFullName()
                        + ",\n\nLe mot de passe de votre compte des services en ligne de la CNSS"
                        + " vient d'être changé ; les sessions ouvertes auparavant sont fermées.\n\nSi ce n'était pas"
                        + " vous, contactez la CNSS sans attendre.\n\nCaisse Nationale de Sécurité Sociale du Togo");
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM PasswordReset r WHERE r.tokenDigest = :digest", PasswordReset.class)
                .setParameter("digest", Secrets.tokenDigest(token))
                .getResultStream()
                .findFirst();
    }
}
