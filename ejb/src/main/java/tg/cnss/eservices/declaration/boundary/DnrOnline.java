package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrLine;
import tg.cnss.eservices.declaration.control.DnrPrefill;
import tg.cnss.eservices.declaration.control.DnrRow;
import tg.cnss.eservices.declaration.control.DnrRules;
import tg.cnss.eservices.declaration.control.DnrRulesInForce;
import tg.cnss.eservices.declaration.control.KnownNumbersLookup;
import tg.cnss.eservices.declaration.control.QuarterRosters;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.DnrDraft;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * "Remplir les DNR en ligne" (manual, employer space, item 2): the quarter's lines opened from the
 * draft, the roster or the DNR in force; the draft saved at every change (nothing typed is lost
 * when the session ends); the same rules as an uploaded file ({@link DnrRules}); and the DNR sent,
 * replacing the quarter's DNR in force if any, the draft then deleted.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class DnrOnline {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Type LINES = new ArrayList<DnrDraftLine>() {
        private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployers employers;

    @Inject
    QuarterRosters rosters;

    @Inject
    WageDeclarationRecords records;

    @Inject
    InsuredRegistry insured;

    @Inject
    ReferenceData referenceData;

    @Inject
    DnrRulesInForce rulesInForce;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DnrForm open(Quarter quarter) {
        String employer = myEmployer().canonical();
        Optional<WageDeclaration> current = records.currentOf(employer, quarter);
        DnrDraft draft = em.find(DnrDraft.class, new DnrDraft.Key(employer, quarter));
        List<DnrDraftLine> lines;
        if (draft != null) {
            lines = JSONB.fromJson(draft.getContent(), LINES);
        } else if (current.isPresent()) {
            lines = records.linesOf(current.get()).stream()
                    .map(DnrOnline::typed)
                    .toList();
        } else {
            lines = fromRoster(quarter);
        }
        return new DnrForm(
                quarter,
                lines,
                draft == null ? null : draft.getUpdatedAt(),
                current.map(WageDeclaration::getReference).orElse(null),
                current.map(WageDeclaration::getRevision).orElse(0));
    }

    /** Saves the lines as typed; the moment it was saved. */
    public Instant saveDraft(Quarter quarter, List<DnrDraftLine> lines) {
        String employer = myEmployer().canonical();
        DnrDraft draft = em.find(DnrDraft.class, new DnrDraft.Key(employer, quarter));
        if (draft == null) {
            draft = new DnrDraft(employer, quarter);
            em.persist(draft);
        }
        Instant now = clock.instant();
        draft.save(JSONB.toJson(lines, LINES), lines.size(), caller(), now);
        return now;
    }

    /** Forgets the draft: the page opens again from the roster or the DNR in force. */
    public void discardDraft(Quarter quarter) {
        DnrDraft draft = em.find(DnrDraft.class, new DnrDraft.Key(myEmployer().canonical(), quarter));
        if (draft != null) {
            em.remove(draft);
        }
    }

    /** The rules over the lines, each finding at its line (1 = the first line of the form). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DnrCheck check(Quarter quarter, List<DnrDraftLine> lines) {
        return rulesFor(quarter, lines).check(rowsOf(lines), null);
    }

    /**
     * Sends the DNR: checked again, recorded (replacing revision {@code seenRevision} of the quarter,
     * 0 when there was none — else refused: someone sent one meanwhile), the draft deleted.
     */
    public WageDeclarationSummary send(Quarter quarter, List<DnrDraftLine> lines, int seenRevision) {
        String employer = myEmployer().canonical();
        DnrCheck check = check(quarter, lines);
        if (check.status() == DnrCheck.Status.REJECTED) {
            throw new DnrNotSentException(
                    check.findings().stream().filter(f -> f.isError()).count());
        }
        int currentRevision = records.currentOf(employer, quarter)
                .map(WageDeclaration::getRevision)
                .orElse(0);
        if (currentRevision != seenRevision) {
            throw DeclarationChangedMeanwhileException.ofQuarter(
                    quarter.label(),
                    records.currentOf(employer, quarter)
                            .map(WageDeclaration::getReference)
                            .orElse("?"));
        }
        WageDeclaration declaration = records.record(
                employer,
                quarter,
                check.lines(),
                new WageDeclarationRecords.Submission(
                        WageDeclaration.Source.FORM,
                        null,
                        check.monthTotals().stream().map(Francs::value).toList(),
                        check.findings().size(),
                        caller()),
                clock.instant());
        discardDraft(quarter);
        return WageDeclarations.summaryOf(declaration);
    }

    private DnrRules rulesFor(Quarter quarter, List<DnrDraftLine> lines) {
        // at most a few hundred lines: the registry is asked in the caller's thread
        KnownNumbersLookup lookup = new KnownNumbersLookup(Runnable::run, insured::knownAmong);
        lines.forEach(line -> lookup.offer(line.insuredNumber()));
        return rulesInForce.of(quarter, lookup.known());
    }

    private static List<DnrRow> rowsOf(List<DnrDraftLine> lines) {
        List<DnrRow> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            DnrDraftLine line = lines.get(i);
            rows.add(new DnrRow(
                    i + 1,
                    line.insuredNumber(),
                    line.lastName(),
                    line.firstNames(),
                    line.days(),
                    line.pay(),
                    line.exitDate()));
        }
        return rows;
    }

    /** The roster of the quarter, each worker with last quarter's pay as a suggestion. */
    private List<DnrDraftLine> fromRoster(Quarter quarter) {
        EmployerNumber employer = myEmployer();
        Map<String, List<Long>> previous = new HashMap<>();
        records.currentOf(employer.canonical(), quarter.previous())
                .ifPresent(declaration -> records.linesOf(declaration).stream()
                        .filter(line -> !line.toRegister())
                        .forEach(line -> previous.put(line.insuredNumber(), line.pay())));
        List<DnrDraftLine> lines = new ArrayList<>();
        for (DnrPrefill worker : rosters.of(employer, quarter)) {
            String canonical = InsuredNumber.parse(worker.insuredNumber()).canonical();
            lines.add(new DnrDraftLine(
                    worker.insuredNumber(),
                    worker.lastName(),
                    worker.firstNames(),
                    null,
                    null,
                    worker.exitDate() == null
                            ? ""
                            : worker.exitDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    true,
                    previous.get(canonical)));
        }
        return lines;
    }

    private static DnrDraftLine typed(DnrLine line) {
        LocalDate exit = line.exitDate();
        return new DnrDraftLine(
                line.insuredNumber() == null
                        ? ""
                        : InsuredNumber.parse(line.insuredNumber()).display(),
                line.lastName(),
                line.firstNames(),
                line.days().stream()
                        .map(days -> days == 0 ? "" : String.valueOf(days))
                        .toList(),
                line.pay().stream()
                        .map(pay -> pay == 0 ? "" : String.valueOf(pay))
                        .toList(),
                exit == null ? "" : exit.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                true,
                null);
    }

    private EmployerNumber myEmployer() {
        return employers.of(caller());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
