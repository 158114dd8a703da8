package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.declaration.entity.AnomalyState;
import tg.cnss.eservices.declaration.entity.DeclarationAnomaly;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * "Anomalies déclaratives", Recouvrement's follow-up of the months whose contribution declaration
 * differs from the quarter's DNR: the list (open by default, or reviewed, resolved, all; one
 * employer), and an agent's review with a note. Only the agents and supervisors of Recouvrement
 * see it: the figures of an employer's declarations are theirs to follow.
 */
@Stateless
@RolesAllowed({"AGENT", "SUPERVISOR"})
public class DeclarationAnomalies {

    /** The department that follows contributions (routing table code). */
    public static final String RECOUVREMENT = "RECOUVREMENT";

    private static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    EmployerRegistry employers;

    @Inject
    Clock clock;

    /**
     * The anomalies in {@code state} (all when null), newest first, of one employer when
     * {@code employer} is a number; at most {@value #MAX_ROWS}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AnomalyView> list(AnomalyState state, String employer) {
        checkRecouvrement();
        String number = employerFilter(employer);
        return em.createQuery(
                        "SELECT a FROM DeclarationAnomaly a WHERE (:state IS NULL OR a.state = :state)"
                                + " AND (:employer = '' OR a.employerNumber = :employer)"
                                + " ORDER BY a.detectedAt DESC, a.id DESC",
                        DeclarationAnomaly.class)
                .setParameter("state", state)
                .setParameter("employer", number)
                .setMaxResults(MAX_ROWS)
                .getResultStream()
                .map(this::viewOf)
                .toList();
    }

    /** For the agent's dashboard: how many anomalies wait for Recouvrement. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long openCount() {
        checkRecouvrement();
        return em.createQuery("SELECT COUNT(a) FROM DeclarationAnomaly a WHERE a.state = :state", Long.class)
                .setParameter("state", AnomalyState.OPEN)
                .getSingleResult();
    }

    /**
     * Records that the caller looked into the anomaly, as {@code note} says (employer contacted,
     * correction expected…). Refused (field {@code note}) without a note, and (field
     * {@code anomalie}) when it changed since the page showed it, or is resolved.
     */
    public AnomalyView review(long id, long seenVersion, String note) {
        checkRecouvrement();
        if (note == null || note.isBlank()) {
            throw new InvalidFormException(
                    Map.of("note", "Note : indiquez ce que vous avez constaté ou fait (employeur contacté…)."));
        }
        if (note.strip().length() > 1000) {
            throw new InvalidFormException(Map.of("note", "Note : 1 000 caractères au plus."));
        }
        DeclarationAnomaly anomaly = Optional.ofNullable(
                        em.find(DeclarationAnomaly.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new InvalidFormException(Map.of("anomalie", "Cette anomalie n'existe pas.")));
        if (anomaly.getVersion() != seenVersion || anomaly.getState() == AnomalyState.RESOLVED) {
            throw new InvalidFormException(Map.of(
                    "anomalie",
                    "Cette anomalie a changé entre-temps (nouvelle déclaration de l'employeur ?) : la liste est"
                            + " rechargée, relisez-la."));
        }
        anomaly.review(session.getCallerPrincipal().getName(), note.strip(), clock.instant());
        em.flush();
        return viewOf(anomaly);
    }

    /** Whether the caller works for Recouvrement (pages show the list only then). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean callerFollowsContributions() {
        return RECOUVREMENT.equals(accounts.getByEmail(
                        new EmailAddress(session.getCallerPrincipal().getName()))
                .getDepartmentCode());
    }

    private void checkRecouvrement() {
        if (!callerFollowsContributions()) {
            throw new EJBAccessException("Réservé au service Recouvrement");
        }
    }

    private static String employerFilter(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        try {
            return EmployerNumber.parse(typed).canonical();
        } catch (IllegalArgumentException invalid) {
            throw new InvalidFormException(Map.of("employeur", "N° employeur : " + invalid.getMessage()));
        }
    }

    private AnomalyView viewOf(DeclarationAnomaly anomaly) {
        EmployerNumber number = EmployerNumber.parse(anomaly.getEmployerNumber());
        DeclarationAnomaly.Figures figures = anomaly.figures();
        return new AnomalyView(
                anomaly.getId(),
                anomaly.getVersion(),
                number.display(),
                employers.findByNumber(number).map(Employer::getName).orElse(""),
                MonthLabels.of(anomaly.getPeriod()),
                figures.dnrReference(),
                figures.dnrWorkers(),
                Francs.of(figures.dnrPayroll()),
                figures.monthlyReference(),
                figures.monthlyWorkers(),
                Francs.of(figures.monthlyPayroll()),
                anomaly.getState(),
                anomaly.getDetectedAt(),
                anomaly.getResolvedAt(),
                anomaly.getReviewedBy(),
                anomaly.getReviewNote());
    }
}
