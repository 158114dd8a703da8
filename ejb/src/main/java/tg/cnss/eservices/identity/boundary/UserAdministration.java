package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.SecondFactorCodes;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.identity.spi.StaffDepartments;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * "Utilisateurs" (administrators): find accounts, close and reopen them, give CNSS staff their
 * role and department, and create staff accounts — whose owners choose their password through a
 * welcome link. Every change is audited; administrators cannot change their own account here.
 */
@Stateless
@RolesAllowed("ADMIN")
public class UserAdministration {

    static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    StaffDepartments departments;

    /** The departments staff can be given, for the page's lists. */
    public java.util.List<StaffDepartments.Department> departments() {
        return departments.all();
    }

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordResets welcomeLinks;

    @Inject
    AuditTrail audit;

    @Inject
    SecondFactorCodes secondFactorCodes;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    /** Accounts whose e-mail or name contains the text (any case), of the role if given; 200 at most. */
    public List<AdminAccountRow> search(String text, Role role) {
        String needle = text == null
                ? ""
                : text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
        Instant now = clock.instant();
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE (LOWER(a.email) LIKE :needle OR LOWER(a.fullName) LIKE"
                                + " :needle) AND (:anyRole = TRUE OR a.role = :role) ORDER BY a.role, a.email",
                        UserAccount.class)
                .setParameter("needle", "%" + needle + "%")
                .setParameter("anyRole", role == null)
                .setParameter("role", role == null ? Role.ADMIN : role)
                .setMaxResults(MAX_ROWS)
                .getResultStream()
                .map(account -> new AdminAccountRow(
                        account.getId(),
                        account.getEmail().value(),
                        account.getFullName(),
                        account.getRole(),
                        account.getDepartmentCode(),
                        account.getState().label(),
                        account.isEnabled(),
                        account.isLockedAt(now),
                        account.getLastSignInAt(),
                        account.getSecondFactor()))
                .toList();
    }

    public void close(long accountId) {
        UserAccount account = other(accountId);
        account.disable();
        audit.record(
                caller(),
                null,
                AuditAction.ACCOUNT_ADMINISTERED,
                "SUCCES",
                account.getEmail().value() + " fermé");
    }

    public void reopen(long accountId) {
        UserAccount account = other(accountId);
        account.enable();
        audit.record(
                caller(),
                null,
                AuditAction.ACCOUNT_ADMINISTERED,
                "SUCCES",
                account.getEmail().value() + " rouvert (blocage levé)");
    }

    /**
     * Removes the second factor and recovery codes of an account whose owner lost their phone;
     * a staff member sets up a new app at the next sign-in, others sign in with their password.
     */
    public void resetSecondFactor(long accountId) {
        UserAccount account = other(accountId);
        account.removeSecondFactor();
        secondFactorCodes.forgetRecoveryCodes(account);
        audit.record(
                caller(),
                null,
                AuditAction.SECOND_FACTOR_CHANGED,
                "SUCCES",
                account.getEmail().value() + " : double authentification retirée par un administrateur");
        notifications.email(
                account.getEmail().value(),
                "Double authentification réinitialisée sur votre compte CNSS",
                SecondFactorMails.resetByAdministrator(account.getFullName()));
    }

    public void changeStaffRole(long accountId, Role role, String departmentCode) {
        UserAccount account = other(accountId);
        if (!account.getRole().isStaff()) {
            throw new InvalidFormException(Map.of(
                    "role",
                    "Rôle : un compte employeur ou assuré garde son rôle ;"
                            + " seuls les comptes du personnel CNSS en changent."));
        }
        checkStaff(role, departmentCode);
        account.changeStaffRole(role, departmentCode);
        audit.record(
                caller(),
                null,
                AuditAction.ACCOUNT_ADMINISTERED,
                "SUCCES",
                account.getEmail().value() + " : " + role
                        + (departmentCode == null || role == Role.ADMIN ? "" : " " + departmentCode));
    }

    /** A staff account with an unusable password; its owner receives a link to choose one (30 minutes). */
    public void createStaff(String email, String fullName, Role role, String departmentCode) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        EmailAddress address = EmailAddress.parseOrNull(email);
        if (address == null) {
            errors.put("nouvelEmail", "Adresse mail : saisissez l'adresse professionnelle complète de l'agent.");
        } else if (accounts.findByEmail(address).isPresent()) {
            errors.put("nouvelEmail", "Adresse mail : un compte utilise déjà cette adresse.");
        }
        if (fullName == null || fullName.isBlank()) {
            errors.put("nouveauNom", "Nom et prénoms : indiquez-les.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        checkStaff(role, departmentCode);
        UserAccount account = new UserAccount(
                address,
                new PasswordHasher().hash(UUID.randomUUID().toString()),
                fullName.strip(),
                Role.AGENT,
                clock.instant());
        account.changeStaffRole(role, departmentCode);
        accounts.add(account);
        audit.record(
                caller(), null, AuditAction.ACCOUNT_ADMINISTERED, "SUCCES", address.value() + " créé (" + role + ")");
        em.flush();
        welcomeLinks.welcome(address.value());
    }

    private void checkStaff(Role role, String departmentCode) {
        if (role == null || !role.isStaff()) {
            throw new InvalidFormException(Map.of("role", "Rôle : agent, superviseur ou administrateur."));
        }
        if (role != Role.ADMIN && !departments.exists(departmentCode)) {
            throw new InvalidFormException(Map.of("departement", "Département : choisissez celui de l'agent."));
        }
    }

    /** Any account but the caller's own: an administrator cannot lock himself out by mistake. */
    private UserAccount other(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new InvalidFormException(Map.of("compte", "Compte introuvable."));
        }
        if (account.getEmail().value().equalsIgnoreCase(caller())) {
            throw new InvalidFormException(Map.of("compte", "Vous ne pouvez pas modifier votre propre compte ici."));
        }
        return account;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
