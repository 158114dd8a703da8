package tg.cnss.eservices.declaration.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.CareerPostings;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.declaration.entity.WageDeclarationContent;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.DnrDepartures;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * Records an accepted DNR in the caller's transaction, however it came (online form, file, API):
 * the quarter's current declaration, if any, is replaced (kept, marked), the new revision written
 * with its lines as one document, and a message left for its lines to be posted to the workers'
 * individual accounts just after ({@code CareerPostingConsumer}) — in the same transaction, so the
 * message leaves only if the DNR is recorded. The current revision is read under a row lock: two
 * corrections sent at once, or a correction and the posting of the DNR it replaces, take turns.
 * The unique key on (employer, quarter, revision) is the last guard. Each month of the quarter is
 * then compared with its monthly contribution declaration ({@link AnomalyDetector}), and the
 * departures it declares end the workers' employments ({@link DnrDepartures}).
 */
@Dependent
public class WageDeclarationRecords {

    public static final String CAREER_QUEUE = "java:/jms/queue/cnss/career-postings";

    @PersistenceContext
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = CAREER_QUEUE)
    Queue careerQueue;

    @Inject
    ContributionDeclarationRecords monthly;

    @Inject
    AnomalyDetector anomalies;

    @Inject
    DnrDepartures departures;

    /** What is recorded, besides the lines: how it came and what the rules said. */
    public record Submission(
            WageDeclaration.Source source, String fileName, List<Long> monthTotals, int warnings, String by) {}

    public Optional<WageDeclaration> currentOf(String employerNumber, Quarter quarter) {
        return em.createNamedQuery(WageDeclaration.CURRENT_OF_QUARTER, WageDeclaration.class)
                .setParameter("employer", employerNumber)
                .setParameter("quarter", WageDeclaration.storedCode(quarter))
                .getResultStream()
                .findFirst();
    }

    /** Every revision of the quarter, locked until the transaction ends. */
    public List<WageDeclaration> lockRevisions(String employerNumber, Quarter quarter) {
        return em.createQuery(
                        "SELECT d FROM WageDeclaration d WHERE d.employerNumber = :employer AND d.quarter = :quarter"
                                + " ORDER BY d.revision",
                        WageDeclaration.class)
                .setParameter("employer", employerNumber)
                .setParameter("quarter", WageDeclaration.storedCode(quarter))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public WageDeclaration record(
            String employerNumber, Quarter quarter, List<DnrLine> lines, Submission submission, Instant now) {
        Optional<WageDeclaration> current = lockRevisions(employerNumber, quarter).stream()
                .filter(WageDeclaration::isCurrent)
                .findFirst();
        current.ifPresent(replaced -> replaced.replace(now));
        WageDeclaration declaration = new WageDeclaration(
                employerNumber,
                quarter,
                current.map(WageDeclaration::getRevision).orElse(0) + 1,
                submission.source(),
                submission.fileName(),
                lines.size(),
                (int) lines.stream().filter(DnrLine::toRegister).count(),
                submission.monthTotals(),
                workersPaidEachMonth(lines),
                submission.warnings(),
                now,
                submission.by());
        em.persist(declaration);
        em.flush(); // its id, for the document and the message
        em.persist(new WageDeclarationContent(declaration.getId(), DnrLinesDocument.write(lines)));
        jms.createProducer().send(careerQueue, String.valueOf(declaration.getId()));
        Map<InsuredNumber, LocalDate> exits = new HashMap<>();
        lines.stream()
                .filter(line -> line.insuredNumber() != null && line.exitDate() != null)
                .forEach(line -> exits.put(InsuredNumber.parse(line.insuredNumber()), line.exitDate()));
        departures.record(
                EmployerNumber.parse(employerNumber),
                exits,
                declaration.getReference(),
                now.atZone(Clocks.LOME).toLocalDate(),
                now);
        for (YearMonth period : quarter.months()) {
            anomalies.compare(
                    employerNumber,
                    period,
                    Optional.of(monthOf(declaration, period)),
                    monthly.currentOf(employerNumber, period),
                    now);
        }
        return declaration;
    }

    /** The workers' lines of a DNR, as recorded. */
    public List<DnrLine> linesOf(WageDeclaration declaration) {
        WageDeclarationContent content = em.find(WageDeclarationContent.class, declaration.getId());
        return content == null ? List.of() : DnrLinesDocument.read(content.getContent());
    }

    /** What the quarter's DNR in force says of month {@code period}, if the quarter is declared (its header only). */
    public Optional<DnrMonth> monthOf(String employerNumber, YearMonth period) {
        return currentOf(employerNumber, Quarter.of(period)).map(declaration -> monthOf(declaration, period));
    }

    private static DnrMonth monthOf(WageDeclaration declaration, YearMonth period) {
        int month = Quarter.of(period).months().indexOf(period);
        return new DnrMonth(
                declaration.getReference(),
                period,
                declaration.getMonthWorkers().get(month),
                Francs.of(declaration.getMonthTotals().get(month)));
    }

    private static List<Integer> workersPaidEachMonth(List<DnrLine> lines) {
        int[] paid = new int[3];
        for (DnrLine line : lines) {
            for (int month = 0; month < 3; month++) {
                paid[month] += line.pay().get(month) > 0 ? 1 : 0;
            }
        }
        return List.of(paid[0], paid[1], paid[2]);
    }

    /** The months with days or pay of the workers who have an insured number: what their accounts receive. */
    public static List<CareerPostings.Posting> postingsOf(Quarter quarter, List<DnrLine> lines) {
        List<CareerPostings.Posting> postings = new ArrayList<>();
        for (DnrLine line : lines) {
            if (line.toRegister()) {
                continue; // no account to post to before the worker is registered and numbered
            }
            for (int month = 1; month <= 3; month++) {
                int days = line.days().get(month - 1);
                long pay = line.pay().get(month - 1);
                if (days > 0 || pay > 0) {
                    YearMonth period = quarter.months().get(month - 1);
                    postings.add(
                            new CareerPostings.Posting(line.line(), month, line.insuredNumber(), period, days, pay));
                }
            }
        }
        return postings;
    }
}
