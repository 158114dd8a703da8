package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;

/** Who works in which department: the caller's department, and the agents a supervisor can confide items to. */
@Dependent
public class AgentDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    CallerDepartments callerDepartments;

    public String departmentOf(String email) {
        String department = callerDepartments.of(
                email, caller -> accounts.getByEmail(new EmailAddress(caller)).getDepartmentCode());
        if (department == null) {
            throw new IllegalStateException(
                    "Aucun département n'est attribué à votre compte : voyez l'administrateur.");
        }
        return department;
    }

    public long accountIdOf(String email) {
        return accounts.getByEmail(new EmailAddress(email)).getId();
    }

    /** Agents and supervisors of the department whose accounts are active, by name. */
    public List<UserAccount> agentsOf(String department) {
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.departmentCode = :department AND a.role IN :roles"
                                + " AND a.enabled = TRUE ORDER BY a.fullName, a.email",
                        UserAccount.class)
                .setParameter("department", department)
                .setParameter("roles", List.of(Role.AGENT, Role.SUPERVISOR))
                .getResultList();
    }

    /**
     * The same agents as {@link #agentsOf}, as (e-mail, name) pairs only: the worklist's agent
     * filter lists them on every display, and whole accounts cost more to read and build.
     */
    public List<Object[]> emailsAndNamesOf(String department) {
        return em.createQuery(
                        "SELECT a.email, a.fullName FROM UserAccount a WHERE a.departmentCode = :department"
                                + " AND a.role IN :roles AND a.enabled = TRUE ORDER BY a.fullName, a.email",
                        Object[].class)
                .setParameter("department", department)
                .setParameter("roles", List.of(Role.AGENT, Role.SUPERVISOR))
                .getResultList();
    }

    public Optional<UserAccount> agentOf(String department, String email) {
        return agentsOf(department).stream()
                .filter(agent -> agent.getEmail().value().equalsIgnoreCase(email))
                .findFirst();
    }

    public String nameOf(String email) {
        if (email == null) {
            return null;
        }
        return accounts.findByEmail(new EmailAddress(email))
                .map(UserAccount::getFullName)
                .orElse(email);
    }
}
