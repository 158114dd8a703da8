package tg.cnss.eservices.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;

/**
 * An account of the online services: who signs in, with which role, and the state of its
 * protection against password guessing. The failure counter lives here, in the database, so that
 * a lockout survives restarts and holds across cluster nodes.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_EMAIL, query = "SELECT a FROM UserAccount a WHERE a.email = :email")
public class UserAccount {

    public static final String BY_EMAIL = "UserAccount.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "email", nullable = false, length = EmailAddress.MAX_LENGTH, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(name = "phone", length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    /** For agents and supervisors: the department whose worklist they work on. */
    @Column(name = "department_code", length = 40)
    private String departmentCode;

    /** For employers and insured persons: their number in the CNSS registry. */
    /** The user name of the old site, for accounts imported with one: it signs in as the e-mail does. */
    @Column(name = "legacy_username", length = LegacyCredential.MAX_USERNAME_LENGTH, unique = true)
    private String legacyUsername;

    @Column(name = "registration_number", length = 20)
    private String registrationNumber;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_state", nullable = false, length = 20)
    private AccountState state = AccountState.ACTIVE;

    /** When the password last changed (shown, audited). */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    /**
     * Raised at each change that must end the account's open sessions (password, closing, role or
     * department, second factor): sessions opened with an older version are closed at their next
     * page.
     */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_factor", nullable = false, length = 8)
    private SecondFactor secondFactor = SecondFactor.NONE;

    /** The TOTP key, encrypted by the application (never stored in clear). */
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Embedded
    private SignInLockout lockout = new SignInLockout();

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(EmailAddress email, String passwordHash, String fullName, Role role, Instant createdAt) {
        this.email = Objects.requireNonNull(email).value();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.fullName = Objects.requireNonNull(fullName);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.enabled = true;
    }

    /** Whether password attempts are refused at this instant because of earlier failures. */
    public boolean isLockedAt(Instant now) {
        return lockout().isLockedAt(now);
    }

    /**
     * Counts a wrong password (or code). Reaching {@code maxFailures} locks the account for
     * {@code lockDuration} and starts a new count.
     *
     * @return true when this failure locked the account
     */
    public boolean recordFailedSignIn(Instant now, int maxFailures, Duration lockDuration) {
        return lockout().recordFailure(now, maxFailures, lockDuration);
    }

    public void recordSuccessfulSignIn(Instant now) {
        lockout().lift();
        lastSignInAt = now;
    }

    // JPA may leave an embeddable whose columns are all at their defaults null when it reads a row.
    private SignInLockout lockout() {
        if (lockout == null) {
            lockout = new SignInLockout();
        }
        return lockout;
    }

    /** Closed by an administrator: no sign-in until reopened (unlike a lockout, it does not expire). */
    public void disable() {
        this.enabled = false;
        closeSessions();
    }

    /** Reopened by an administrator, with any lockout lifted. */
    public void enable() {
        this.enabled = true;
        lockout().lift();
    }

    /** Staff only: an employer or insured person's role comes from the registry, never from an administrator. */
    public void changeStaffRole(Role newRole, String newDepartment) {
        if (!role.isStaff() || !newRole.isStaff()) {
            throw new IllegalArgumentException("Seuls les comptes du personnel CNSS changent de rôle.");
        }
        String department = newRole == Role.ADMIN ? null : newDepartment;
        if (newRole != role || !Objects.equals(department, departmentCode)) {
            closeSessions();
        }
        this.role = newRole;
        this.departmentCode = department;
    }

    /**
     * Whether a session (or a pending sign-in) opened with this credentials version may go on:
     * the account is open, active, and nothing that ends sessions has changed since.
     */
    public boolean keepsSessionsOf(long credentialsVersion) {
        return enabled && state == AccountState.ACTIVE && this.credentialsVersion == credentialsVersion;
    }

    /**
     * Ends every session opened so far (they are refused at their next page): what a session was
     * allowed to do no longer holds.
     */
    public void closeSessions() {
        this.credentialsVersion++;
    }

    /** An account made by sign-up: it cannot sign in until the CNSS activates it. */
    public void awaitActivation() {
        this.state = AccountState.PENDING_ACTIVATION;
    }

    public void activate() {
        this.state = AccountState.ACTIVE;
    }

    public void refuseActivation() {
        this.state = AccountState.REJECTED;
    }

    public AccountState getState() {
        return state;
    }

    /** The address to sign in with changes (a profile change approved by the CNSS, after a code proved it). */
    public void changeEmail(EmailAddress newEmail) {
        this.email = Objects.requireNonNull(newEmail).value();
    }

    public void changeFullName(String fullName) {
        this.fullName = Objects.requireNonNull(fullName);
    }

    /** Kept as "+228XXXXXXXX", the form SMS gateways take. */
    public void changePhone(PhoneNumber phone) {
        this.phone = phone == null ? null : phone.e164();
    }

    public void assignToDepartment(String departmentCode) {
        if (!Objects.equals(this.departmentCode, departmentCode)) {
            closeSessions();
        }
        this.departmentCode = departmentCode;
    }

    /** The old site's user name (normalised by {@link LegacyCredential#normalise}). */
    public void keepLegacyUsername(String username) {
        this.legacyUsername = LegacyCredential.normalise(username);
    }

    public String getLegacyUsername() {
        return legacyUsername;
    }

    public void linkToRegistration(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    /** Staff must use an authenticator app (quality.md); others may choose one or SMS codes. */
    public boolean mustUseAuthenticatorApp() {
        return role.isStaff();
    }

    /** A new app (or a first one): sessions opened before end, since the old phone may be in other hands. */
    public void useAuthenticatorApp(String encryptedSecret) {
        closeSessions();
        this.secondFactor = SecondFactor.TOTP;
        this.totpSecret = Objects.requireNonNull(encryptedSecret);
        this.totpLastStep = null;
    }

    public void useSmsCodes() {
        if (phone == null) {
            throw new IllegalStateException("Pas de numéro de téléphone pour les codes par SMS");
        }
        closeSessions();
        this.secondFactor = SecondFactor.SMS;
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /** Back to the password alone (staff must then choose an app again at their next sign-in). */
    public void removeSecondFactor() {
        closeSessions();
        this.secondFactor = SecondFactor.NONE;
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    /**
     * Records that the code of this 30-second step was accepted; a code of this step or of an
     * earlier one is refused from now on (RFC 6238: a code must not be accepted twice).
     *
     * @return false when this step or a later one was already used
     */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public SecondFactor getSecondFactor() {
        return secondFactor;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Long getId() {
        return id;
    }

    public EmailAddress getEmail() {
        return new EmailAddress(email);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password chosen by its owner: older sessions end, and a lockout is lifted. */
    public void changePassword(String passwordHash, Instant at) {
        replacePasswordHash(passwordHash);
        this.credentialsChangedAt = at;
        closeSessions();
        lockout().lift();
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    /** Replaces the stored hash, e.g. when hashing parameters are strengthened. */
    public void replacePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public String getFullName() {
        return fullName;
    }

    public String getPhone() {
        return phone;
    }

    public Role getRole() {
        return role;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedSignIns() {
        return lockout().getFailedSignIns();
    }

    public Instant getLockedUntil() {
        return lockout().getLockedUntil();
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
