package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;

/**
 * A sign-up waiting for its verification code (manual II.b: "Validation"). The code, sent by SMS
 * and e-mail, is stored hashed, valid one hour, single use, cancelled after 5 wrong tries; a new
 * one can be sent at most 3 times an hour, a minute apart (quality.md). The account is made only
 * once the code is right.
 */
@Entity
@Table(name = "sign_up")
public class PendingSignUp {

    public static final Duration CODE_VALIDITY = Duration.ofHours(1);
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final int MAX_SENDS_PER_HOUR = 3;
    public static final Duration MIN_GAP_BETWEEN_SENDS = Duration.ofMinutes(1);

    public enum State {
        AWAITING_CODE,
        VERIFIED,
        CANCELLED
    }

    /** What became of a code typed by the applicant. */
    public enum CodeCheck {
        ACCEPTED,
        WRONG,
        EXPIRED,
        CANCELLED,
        ALREADY_USED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    /** The unguessable id of the validation page's address. */
    @Column(name = "token", nullable = false, length = 64, unique = true)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "registration_number", nullable = false, length = 20)
    private String registrationNumber;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    /** The rest of the form (JSON), shown to the agent who activates the account. */
    @Column(name = "details", nullable = false, length = 2000)
    private String details;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "code_hash", nullable = false, length = 200)
    private String codeHash;

    @Column(name = "code_sent_at", nullable = false)
    private Instant codeSentAt;

    @Column(name = "code_expires_at", nullable = false)
    private Instant codeExpiresAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    /** When codes were sent (ISO instants, comma-separated): the resend limit counts them. */
    @Column(name = "sends", nullable = false, length = 300)
    private String sends;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PendingSignUp() {
        // for JPA
    }

    public PendingSignUp(
            String token,
            Role role,
            String registrationNumber,
            EmailAddress email,
            PhoneNumber phone,
            String fullName,
            String details,
            String passwordHash,
            String codeHash,
            Instant now) {
        this.token = Objects.requireNonNull(token);
        this.role = Objects.requireNonNull(role);
        this.registrationNumber = Objects.requireNonNull(registrationNumber);
        this.email = email.value();
        this.phone = phone.e164();
        this.fullName = Objects.requireNonNull(fullName);
        this.details = Objects.requireNonNull(details);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = now;
        this.state = State.AWAITING_CODE;
        this.sends = "";
        recordNewCode(codeHash, now);
    }

    /**
     * Checks the typed codes: the code sent by SMS followed by the code sent by e-mail (6 digits
     * each, stored as one hash of both, so that each channel is proved by its own code); one
     * submission is one try. {@code matches} compares them with the stored hash.
     */
    public CodeCheck check(String typed, Instant now, Predicate<String> matches) {
        if (state == State.VERIFIED) {
            return CodeCheck.ALREADY_USED;
        }
        if (state == State.CANCELLED) {
            return CodeCheck.CANCELLED;
        }
        if (!now.isBefore(codeExpiresAt)) {
            return CodeCheck.EXPIRED;
        }
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (digits.matches("\\d{12}") && matches.test(digits)) {
            state = State.VERIFIED;
            return CodeCheck.ACCEPTED;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            state = State.CANCELLED;
            return CodeCheck.CANCELLED;
        }
        return CodeCheck.WRONG;
    }

    /** How long before another code may be sent; zero when it may be sent now. */
    public Duration waitBeforeResend(Instant now) {
        List<Instant> lastHour = sendTimes().stream()
                .filter(at -> at.isAfter(now.minus(Duration.ofHours(1))))
                .toList();
        Duration wait = Duration.ZERO;
        if (!lastHour.isEmpty()) {
            Instant last = lastHour.get(lastHour.size() - 1);
            Duration sinceLast = Duration.between(last, now);
            if (sinceLast.compareTo(MIN_GAP_BETWEEN_SENDS) < 0) {
                wait = MIN_GAP_BETWEEN_SENDS.minus(sinceLast);
            }
        }
        if (lastHour.size() >= MAX_SENDS_PER_HOUR) {
            Duration untilOldestLeaves = Duration.between(now, lastHour.get(0).plus(Duration.ofHours(1)));
            wait = untilOldestLeaves.compareTo(wait) > 0 ? untilOldestLeaves : wait;
        }
        return wait;
    }

    /** A new code replaces the old one, with a fresh hour and fresh attempts. */
    public void recordNewCode(String newCodeHash, Instant now) {
        if (state != State.AWAITING_CODE) {
            throw new IllegalStateException("Inscription close : aucun nouveau code");
        }
        this.codeHash = Objects.requireNonNull(newCodeHash);
        this.codeSentAt = now;
        this.codeExpiresAt = now.plus(CODE_VALIDITY);
        // The wrong tries are not forgotten: a new code must not buy five more guesses.
        List<Instant> kept = new ArrayList<>(sendTimes().stream()
                .filter(at -> at.isAfter(now.minus(Duration.ofHours(1))))
                .toList());
        kept.add(now);
        this.sends = String.join(",", kept.stream().map(Instant::toString).toList());
    }

    private List<Instant> sendTimes() {
        return sends == null || sends.isBlank()
                ? List.of()
                : Arrays.stream(sends.split(",")).map(Instant::parse).toList();
    }

    public int remainingAttempts() {
        return MAX_FAILED_ATTEMPTS - failedAttempts;
    }

    public Long getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public Role getRole() {
        return role;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public EmailAddress getEmail() {
        return new EmailAddress(email);
    }

    public PhoneNumber getPhone() {
        return PhoneNumber.parse(phone);
    }

    public String getFullName() {
        return fullName;
    }

    public String getDetails() {
        return details;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public State getState() {
        return state;
    }
}
