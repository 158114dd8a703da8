package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;

/** The signed-in person's own account, and the list of accounts for administrators. */
@Stateless
public class Accounts {

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @PersistenceContext
    EntityManager em;

    /** The caller's account, looked up from the authenticated principal, never from a parameter. */
    @RolesAllowed({"EMPLOYER", "INSURED", "AGENT", "SUPERVISOR", "ADMIN"})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AccountView current() {
        return AccountView.of(accounts.getByEmail(
                new EmailAddress(session.getCallerPrincipal().getName())));
    }

    /**
     * Whether a session opened with this credentials version and role may go on: false when the
     * account is gone, closed, no longer active, has another role, or changed what ends sessions.
     *
     * @param role the role the session was opened with, or null not to compare it (second step)
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean sessionStillValid(String email, long credentialsVersion, Role role) {
        EmailAddress parsed = EmailAddress.parseOrNull(email);
        return parsed != null
                && accounts.findByEmail(parsed)
                        .filter(account -> keepsSession(account, credentialsVersion, role))
                        .isPresent();
    }

    /**
     * The caller's account if the session may go on (see {@link #sessionStillValid}): one read
     * for the check of every signed-in page and for the page itself, which keeps it (issue 9).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<AccountView> currentIfStillValid(long credentialsVersion, Role role) {
        EmailAddress caller =
                EmailAddress.parseOrNull(session.getCallerPrincipal().getName());
        return Optional.ofNullable(caller)
                .flatMap(accounts::findByEmail)
                .filter(account -> keepsSession(account, credentialsVersion, role))
                .map(AccountView::of);
    }

    private static boolean keepsSession(UserAccount account, long credentialsVersion, Role role) {
        return account.keepsSessionsOf(credentialsVersion) && (role == null || account.getRole() == role);
    }

    @RolesAllowed("ADMIN")
    public List<AccountView> all() {
        return em.createQuery("SELECT a FROM UserAccount a ORDER BY a.role, a.email", UserAccount.class)
                .getResultStream()
                .map(AccountView::of)
                .toList();
    }
}
