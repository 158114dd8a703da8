package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.benefit.control.WorkAccidentKind;
import tg.cnss.eservices.benefit.control.WorkAccidentRegistry;
import tg.cnss.eservices.benefit.entity.WorkAccident;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.spi.Payloads;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Accidents de travail" of the employer space: the accidents his workers declared, each with his
 * deadline (3 working days after the accident), the victim's declaration to read, and his part of
 * the official form to add once (headcount, activity, e-mail, phone, the circumstances as he knows
 * them). Only the employer of the accident sees it.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class WorkAccidentEmployerParts {

    private static final int MAX_HEADCOUNT = 1_000_000;

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    WorkAccidentRegistry accidents;

    @Inject
    WorkAccidentKind kind;

    @Inject
    RequestRepository requests;

    @Inject
    EmployerRegistry employers;

    @Inject
    Requesters requesters;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<EmployerAccidentLine> mine() {
        return accidents.ofEmployer(myNumber()).stream().map(this::lineOf).toList();
    }

    /** The accident, if it is one of this employer's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<EmployerAccidentDetail> detail(String reference) {
        return mineByReference(reference).map(accident -> {
            WorkAccidentKind.Declaration declaration = Payloads.read(
                    requests.findByReference(reference).orElseThrow().getPayload(), WorkAccidentKind.Declaration.class);
            Optional<Employer> registered = employers.findByNumber(myNumber());
            // the registry's contact details, or else the signed-in account's
            Optional<Requesters.Account> me =
                    requesters.byPrincipal(session.getCallerPrincipal().getName());
            return new EmployerAccidentDetail(
                    lineOf(accident),
                    kind.sections(declaration),
                    accident.hasEmployerPart()
                            ? new EmployerAccidentPart(
                                    String.valueOf(accident.getEmployerHeadcount()),
                                    accident.getEmployerActivity(),
                                    accident.getEmployerEmail(),
                                    accident.getEmployerPhone(),
                                    accident.getEmployerStatement())
                            : null,
                    new EmployerAccidentPart(
                            registered
                                    .map(employer -> String.valueOf(employer.getStaffCount()))
                                    .orElse(null),
                            null,
                            registered
                                    .map(Employer::getEmail)
                                    .orElse(me.map(Requesters.Account::email).orElse(null)),
                            registered
                                    .map(Employer::getPhone)
                                    .orElse(me.map(Requesters.Account::phone).orElse(null)),
                            null));
        });
    }

    /** Adds the employer's part, once; refused field by field when incomplete. */
    public EmployerAccidentLine record(@NotNull String reference, @NotNull EmployerAccidentPart part) {
        WorkAccident accident = mineByReference(reference)
                .map(found -> em.find(WorkAccident.class, found.getId(), LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new InvalidFormException(
                        Map.of("accident", "Accident introuvable parmi ceux de vos" + " travailleurs.")));
        Map<String, String> errors = new LinkedHashMap<>();
        if (accident.hasEmployerPart()) {
            errors.put(
                    "accident",
                    "Votre part de cette déclaration est déjà enregistrée : pour la corriger, écrivez aux"
                            + " Risques professionnels (Réclamations).");
        }
        int headcount = 0;
        try {
            headcount = Integer.parseInt(
                    part.headcount() == null ? "" : part.headcount().replaceAll("\\s", ""));
        } catch (NumberFormatException unreadable) {
            headcount = -1;
        }
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            errors.put("effectif", "Effectif : le nombre de vos salariés, en chiffres.");
        }
        String activity = part.activity() == null ? "" : part.activity().strip();
        if (activity.length() < 2 || activity.length() > 120) {
            errors.put("activite", "Activité de l'entreprise : de 2 à 120 caractères.");
        }
        EmailAddress email = EmailAddress.parseOrNull(part.email());
        if (email == null) {
            errors.put("email", "E-mail : une adresse comme nom@entreprise.tg.");
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.parse(part.phone());
        } catch (IllegalArgumentException unreadable) {
            errors.put("telephone", "Téléphone : " + unreadable.getMessage());
        }
        String statement = part.statement() == null ? "" : part.statement().strip();
        if (statement.length() < 20 || statement.length() > 2000) {
            errors.put("circonstancesEmployeur", "Circonstances selon l'employeur : de 20 à 2 000 caractères.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        accident.recordEmployerPart(
                headcount,
                activity,
                email.value(),
                phone.display(),
                statement,
                session.getCallerPrincipal().getName(),
                clock.instant());
        return lineOf(accident);
    }

    private Optional<WorkAccident> mineByReference(String reference) {
        EmployerNumber mine = myNumber();
        return kind.accidentOf(reference)
                .filter(accident -> accident.getEmployerNumber().equals(mine.canonical()));
    }

    private EmployerAccidentLine lineOf(WorkAccident accident) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        return new EmployerAccidentLine(
                accident.getRequestReference(),
                accident.getVictimName(),
                tg.cnss.eservices.registration.entity.InsuredNumber.parse(accident.getInsuredNumber())
                        .display(),
                accident.getAccidentDate(),
                accident.getEmployerDeadline(),
                accident.getEmployerRecordedAt(),
                !accident.hasEmployerPart() && today.isAfter(accident.getEmployerDeadline()));
    }

    private EmployerNumber myNumber() {
        return callerEmployer.of(session.getCallerPrincipal().getName());
    }
}
