package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.worklist.entity.Department;
import tg.cnss.eservices.worklist.entity.RoutingRule;

/**
 * The routing table, for administrators: which department receives each kind of request and in
 * how many days it must be decided. A change applies to requests submitted from then on; items
 * already in a worklist stay where they are.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Routing {

    public static final int MAX_SERVICE_LEVEL_DAYS = 365;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    RequestKinds kinds;

    public List<RoutingRuleView> rules() {
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        return em.createQuery("SELECT r FROM RoutingRule r", RoutingRule.class)
                .getResultStream()
                .map(rule -> new RoutingRuleView(
                        rule.getKind(),
                        kinds.labelOf(rule.getKind()),
                        rule.getDepartment().getCode(),
                        rule.getDepartment().getName(),
                        rule.getServiceLevelDays()))
                .sorted(java.util.Comparator.comparing(RoutingRuleView::kindLabel, french))
                .toList();
    }

    public static final int MAX_DEPARTMENT_NAME_LENGTH = 100;

    /**
     * Renames a department (its worklist, its requests' "service compétent", its e-mails). Adding or
     * removing one is not done here: each department has its JMS queue and consumer in the server.
     */
    public void renameDepartment(String departmentCode, String name) {
        Department department = departmentCode == null ? null : em.find(Department.class, departmentCode);
        if (department == null) {
            throw new InvalidRoutingException("Choisissez un département existant.");
        }
        String wanted = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (wanted.isEmpty()) {
            throw new InvalidRoutingException(
                    "Nom du département : indiquez le nom que verront les agents et les usagers.");
        }
        if (wanted.length() > MAX_DEPARTMENT_NAME_LENGTH) {
            throw new InvalidRoutingException(
                    "Nom du département : " + MAX_DEPARTMENT_NAME_LENGTH + " caractères au plus.");
        }
        boolean taken = em.createQuery(
                                "SELECT COUNT(d) FROM Department d WHERE LOWER(d.name) = :name AND d.code <> :code",
                                Long.class)
                        .setParameter("name", wanted.toLowerCase(Locale.ROOT))
                        .setParameter("code", department.getCode())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new InvalidRoutingException(
                    "Nom du département : « " + wanted + " » est déjà le nom d'un autre département.");
        }
        String previous = department.getName();
        if (previous.equals(wanted)) {
            return;
        }
        department.rename(wanted);
        audit.record(
                session.getCallerPrincipal().getName(),
                null,
                AuditAction.ROUTING_CHANGED,
                "SUCCES",
                "département " + department.getCode() + " renommé : « " + previous + " » -> « " + wanted + " »");
    }

    /** Routes the kind (by its code) to the department, with its service level in days. */
    public void change(String kind, String departmentCode, int serviceLevelDays) {
        if (kinds.byCode(kind).isEmpty()) {
            throw new InvalidRoutingException("Type de demande inconnu : " + kind);
        }
        if (serviceLevelDays < 1 || serviceLevelDays > MAX_SERVICE_LEVEL_DAYS) {
            throw new InvalidRoutingException(
                    "Le délai de traitement est compris entre 1 et " + MAX_SERVICE_LEVEL_DAYS + " jours.");
        }
        Department department = departmentCode == null ? null : em.find(Department.class, departmentCode);
        if (department == null) {
            throw new InvalidRoutingException("Choisissez un département existant.");
        }
        RoutingRule rule = em.find(RoutingRule.class, kind);
        if (rule == null) {
            em.persist(new RoutingRule(kind, department, serviceLevelDays));
        } else {
            rule.routeTo(department, serviceLevelDays);
        }
        audit.record(
                session.getCallerPrincipal().getName(),
                null,
                AuditAction.ROUTING_CHANGED,
                "SUCCES",
                kind + " -> " + department.getCode() + ", " + serviceLevelDays + " jours");
    }
}
