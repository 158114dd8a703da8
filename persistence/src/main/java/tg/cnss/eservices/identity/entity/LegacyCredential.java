package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import tg.cnss.eservices.kernel.EmailAddress;

/**
 * An account of the old site known by a user name only (manual: "kmelomey2" in "Identifiant
 * (Email)"). It signs in with that name and its old password; then, once, its owner gives an
 * e-mail address and types the code sent there — only then does it become a
 * {@link UserAccount}, which keeps the name. Until then it opens no space: the portal writes to
 * people by e-mail, and a password alone must not choose where.
 */
@Entity
@Table(name = "legacy_credential")
public class LegacyCredential {

    public static final int MAX_USERNAME_LENGTH = 80;
    public static final int MAX_CODE_FAILURES = 5;
    public static final Duration CLAIM_VALIDITY = Duration.ofMinutes(30);
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(30);
    public static final Duration MIN_GAP_BETWEEN_CODES = Duration.ofMinutes(1);

    /** How a typed code ended. */
    public enum CodeCheck {
        ACCEPTED,
        WRONG,
        EXPIRED,
        /** Too many wrong codes, no code sent, or the claim has expired: sign in again. */
        START_AGAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "username", nullable = false, length = MAX_USERNAME_LENGTH, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "registration_number", nullable = false, length = 20)
    private String registrationNumber;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Embedded
    private SignInLockout lockout = new SignInLockout();

    @Column(name = "claim_token_hash", length = 200)
    private String claimTokenHash;

    @Column(name = "claim_started_at")
    private Instant claimStartedAt;

    @Column(name = "claim_email", length = EmailAddress.MAX_LENGTH)
    private String claimEmail;

    @Column(name = "claim_code_hash", length = 200)
    private String claimCodeHash;

    @Column(name = "claim_code_sent_at")
    private Instant claimCodeSentAt;

    @Column(name = "claim_code_failures", nullable = false)
    private int claimCodeFailures;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LegacyCredential() {
        // for JPA
    }

    public LegacyCredential(
            String username, String passwordHash, Role role, String registrationNumber, String fullName, Instant at) {
        this.username = normalise(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.registrationNumber = Objects.requireNonNull(registrationNumber);
        this.fullName = Objects.requireNonNull(fullName);
        this.importedAt = at;
    }

    /**
     * A user name as the old site let people type it: letters, digits, dot, dash, underscore; no
     * "@" (an identifier with one is an e-mail address). Compared without case.
     */
    public static boolean isUsername(String typed) {
        return typed != null && typed.strip().matches("[A-Za-z0-9._-]{2," + MAX_USERNAME_LENGTH + "}");
    }

    public static String normalise(String username) {
        if (!isUsername(username)) {
            throw new IllegalArgumentException("Identifiant invalide : lettres, chiffres, point, tiret ou tiret bas,"
                    + " 2 à " + MAX_USERNAME_LENGTH + " caractères.");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockout().isLockedAt(now);
    }

    /** A wrong password; true when it locks the name (same policy as accounts). */
    public boolean recordFailedSignIn(Instant now, int maxFailures, Duration lockDuration) {
        return lockout().recordFailure(now, maxFailures, lockDuration);
    }

    // JPA may leave an embeddable whose columns are all at their defaults null when it reads a row.
    private SignInLockout lockout() {
        if (lockout == null) {
            lockout = new SignInLockout();
        }
        return lockout;
    }

    /** The right password: a new claim, proved later by the token kept in the browser's session. */
    public void startClaim(String tokenHash, Instant now) {
        lockout().lift();
        claimTokenHash = Objects.requireNonNull(tokenHash);
        claimStartedAt = now;
        claimEmail = null;
        claimCodeHash = null;
        claimCodeSentAt = null;
        claimCodeFailures = 0;
    }

    /** Whether the claim (found by its token's digest) is still young enough. */
    public boolean claimOpenAt(Instant now) {
        return claimTokenHash != null && now.isBefore(claimStartedAt.plus(CLAIM_VALIDITY));
    }

    /** How long before another code may be sent; zero when it may be sent now. */
    public Duration waitBeforeCode(Instant now) {
        if (claimCodeSentAt == null) {
            return Duration.ZERO;
        }
        Duration since = Duration.between(claimCodeSentAt, now);
        return since.compareTo(MIN_GAP_BETWEEN_CODES) >= 0 ? Duration.ZERO : MIN_GAP_BETWEEN_CODES.minus(since);
    }

    /** A code for this address (the previous one stops working; wrong tries are not forgotten). */
    public void recordCode(EmailAddress email, String codeHash, Instant now) {
        claimEmail = email.value();
        claimCodeHash = Objects.requireNonNull(codeHash);
        claimCodeSentAt = now;
    }

    public CodeCheck checkCode(String typed, Instant now, Predicate<String> codeMatches) {
        if (claimCodeHash == null || claimCodeFailures >= MAX_CODE_FAILURES) {
            return CodeCheck.START_AGAIN;
        }
        if (!now.isBefore(claimCodeSentAt.plus(CODE_VALIDITY))) {
            return CodeCheck.EXPIRED;
        }
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (digits.matches("\\d{6}") && codeMatches.test(digits)) {
            return CodeCheck.ACCEPTED;
        }
        claimCodeFailures++;
        if (claimCodeFailures >= MAX_CODE_FAILURES) {
            claimTokenHash = null;
            return CodeCheck.START_AGAIN;
        }
        return CodeCheck.WRONG;
    }

    public int remainingCodeAttempts() {
        return MAX_CODE_FAILURES - claimCodeFailures;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public EmailAddress getClaimEmail() {
        return claimEmail == null ? null : new EmailAddress(claimEmail);
    }

    public String getClaimCodeHash() {
        return claimCodeHash;
    }

    public Instant getLockedUntil() {
        return lockout().getLockedUntil();
    }
}
