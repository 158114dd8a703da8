package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.SignUpMessages;
import tg.cnss.eservices.identity.control.SignUpNumbers;
import tg.cnss.eservices.identity.control.VerificationCodes;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Secrets;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * "Ajoutez votre adresse e-mail": once, an old-site user name whose password was right (see
 * {@link LegacySignIns}) gives an e-mail address and types the code sent there; its account is
 * then made, active, with the old password and the old name kept, so that both identifiers sign
 * in. The claim lives 30 minutes; 5 wrong codes end it.
 */
@Stateless
@PermitAll
public class LegacyAccountClaims {

    static final String START_AGAIN = "Cette étape a expiré ou a été close par sécurité : reconnectez-vous avec votre"
            + " identifiant de l'ancien site et votre mot de passe.";

    /** What the page shows: the old name, and where the code went once sent. */
    public record ClaimView(String username, String roleLabel, String maskedEmail) {

        public boolean codeSent() {
            return maskedEmail != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    SignUpNumbers numbers;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public ClaimView view(String token) {
        LegacyCredential credential = open(token);
        EmailAddress email = credential.getClaimEmail();
        return new ClaimView(
                credential.getUsername(),
                credential.getRole().label(),
                credential.getClaimCodeHash() == null || email == null ? null : SignUpMessages.masked(email.value()));
    }

    /** Sends a code to the typed address (at most one a minute); the previous code stops working. */
    public void sendCode(String token, String typedEmail) {
        LegacyCredential credential = open(token);
        EmailAddress email = EmailAddress.parseOrNull(typedEmail == null ? null : typedEmail.strip());
        if (email == null) {
            throw new InvalidFormException(Map.of(
                    "email",
                    typedEmail == null || typedEmail.isBlank()
                            ? "Adresse mail : indiquez votre adresse e-mail ; elle recevra un code."
                            : "Adresse mail : « " + typedEmail.strip() + " » n'est pas une adresse e-mail valide"
                                    + " (par exemple prenom.nom@exemple.tg)."));
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new InvalidFormException(Map.of(
                    "email",
                    "Adresse mail : un compte utilise déjà cette adresse ; indiquez-en une autre, qui soit la"
                            + " vôtre."));
        }
        Instant now = clock.instant();
        Duration wait = credential.waitBeforeCode(now);
        if (!wait.isZero()) {
            throw new InvalidFormException(Map.of(
                    "email",
                    "Un code vient d'être envoyé : vous pourrez en demander un autre dans "
                            + VerificationCodes.minutes(wait) + "."));
        }
        String code = VerificationCodes.newCode();
        credential.recordCode(email, hasher.hash(code), now);
        notifications.emailWithSecret(
                email.value(),
                "Votre code de vérification CNSS",
                "Bonjour " + credential.getFullName() + ",\n\nPour relier votre compte de l'ancien site (identifiant "
                        + credential.getUsername() + ") à cette adresse, saisissez ce code sur la page « Ajoutez votre"
                        + " adresse e-mail » :\n\n    " + Notice.SECRET + "\n\nIl est valable 30 minutes. Si vous"
                        + " n'êtes pas à l'origine de cette demande, ignorez ce message.\n\nCaisse Nationale de"
                        + " Sécurité Sociale du Togo",
                code);
    }

    /**
     * The right code makes the account ({@code accepted}, and the message says the address is now
     * an identifier too); a wrong or expired one is answered (not thrown, so that the wrong try
     * stays counted); the fifth wrong one ends the claim.
     */
    public CodeCheckResult confirm(String token, String typedCode) {
        LegacyCredential credential = open(token);
        LegacyCredential.CodeCheck check = credential.checkCode(
                typedCode, clock.instant(), code -> hasher.verify(code, credential.getClaimCodeHash()));
        switch (check) {
            case WRONG -> {
                return new CodeCheckResult(
                        false,
                        "Code de vérification incorrect : il vous reste " + credential.remainingCodeAttempts()
                                + " essai(s). Recopiez les 6 chiffres de l'e-mail.");
            }
            case EXPIRED -> {
                return new CodeCheckResult(
                        false, "Ce code a expiré (il est valable 30 minutes) : demandez-en un nouveau.");
            }
            case START_AGAIN -> throw new LegacyClaimClosedException(START_AGAIN);
            case ACCEPTED -> {
                String email = makeAccount(credential);
                return new CodeCheckResult(
                        true,
                        "Votre adresse " + email + " est vérifiée : connectez-vous avec elle ou avec votre identifiant "
                                + credential.getUsername() + ", et votre mot de passe habituel.");
            }
            default -> throw new IllegalStateException(check.name());
        }
    }

    private String makeAccount(LegacyCredential credential) {
        EmailAddress email = credential.getClaimEmail();
        if (accounts.findByEmail(email).isPresent()) {
            throw new InvalidFormException(
                    Map.of("email", "Adresse mail : un compte utilise déjà cette adresse ; indiquez-en une autre."));
        }
        numbers.refuseIfSignedUp(credential.getRegistrationNumber(), "le numéro de ce compte de l'ancien site");
        Instant now = clock.instant();
        UserAccount account = new UserAccount(
                email, credential.getPasswordHash(), credential.getFullName(), credential.getRole(), now);
        account.linkToRegistration(credential.getRegistrationNumber());
        account.keepLegacyUsername(credential.getUsername());
        em.remove(credential);
        em.flush();
        accounts.add(account);
        audit.record(
                email.value(),
                null,
                AuditAction.SIGN_UP_VERIFIED,
                "SUCCES",
                "ancien identifiant " + credential.getUsername() + " : adresse e-mail vérifiée");
        notifications.email(
                email.value(),
                "Votre compte CNSS est relié à cette adresse",
                "Bonjour " + credential.getFullName() + ",\n\nVotre compte de l'ancien site est désormais relié à"
                        + " cette adresse. Connectez-vous avec elle ou avec votre identifiant "
                        + credential.getUsername() + ", et votre mot de passe habituel.\n\nCaisse Nationale de"
                        + " Sécurité Sociale du Togo");
        return email.value();
    }

    private LegacyCredential open(String token) {
        if (token == null || token.isBlank()) {
            throw new LegacyClaimClosedException(START_AGAIN);
        }
        LegacyCredential credential = em.createQuery(
                        "SELECT c FROM LegacyCredential c WHERE c.claimTokenHash = :digest", LegacyCredential.class)
                .setParameter("digest", Secrets.tokenDigest(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new LegacyClaimClosedException(START_AGAIN));
        if (!credential.claimOpenAt(clock.instant())) {
            throw new LegacyClaimClosedException(START_AGAIN);
        }
        return credential;
    }
}
