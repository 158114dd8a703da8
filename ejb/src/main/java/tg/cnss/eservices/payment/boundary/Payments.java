package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.account.control.AccountStatements;
import tg.cnss.eservices.account.control.ContributorStatement;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.payment.control.PaymentNoticeKind;
import tg.cnss.eservices.payment.entity.PaymentNotice;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Paiement de Cotisation" (manual, Espace Employeurs item 4), by bank transfer or deposit: what is
 * owed and where to pay it, then the employer's notice of the payment made, with its proof, for
 * Recouvrement to confirm against the bank's statement.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class Payments {

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final long MAX_AMOUNT = 1_000_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    EmployerRegistry employers;

    @Inject
    AccountStatements statements;

    @Inject
    ReferenceData referenceData;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    Requesters requesters;

    @Inject
    PaymentNoticeKind kind;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentSituation situation() {
        EmployerNumber employer = myNumber();
        ContributorStatement.Statement statement =
                statements.statementOf(statements.linesOf(employer.canonical()), today());
        List<PaymentSituation.DuePeriod> due = statement.periods().stream()
                .filter(period -> period.balance().value() > 0)
                .sorted(Comparator.comparing(ContributorStatement.Period::period))
                .map(period -> new PaymentSituation.DuePeriod(
                        MonthLabels.of(period.period()),
                        period.balance(),
                        period.dueDate() != null && today().isAfter(period.dueDate()) ? "En retard" : "À payer"))
                .toList();
        return new PaymentSituation(paymentReferenceOf(employer), statement.totalBalance(), due, banks());
    }

    /** "Vérifiez vos réponses": the notice as Recouvrement will read it, or the errors by field. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull BankNoticeForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(noticeOf(form, files));
    }

    public RequestReceipt submit(@NotNull BankNoticeForm form, @NotNull List<UploadedFile> files) {
        PaymentNoticeKind.Notice notice = noticeOf(form, files);
        Requesters.Account account = requesters
                .byPrincipal(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable"));
        RequestReceipt receipt = submission.submit(
                kind,
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                Francs.of(notice.amount()).display() + " — " + notice.bankCode() + " du " + notice.paidOn(),
                notice,
                files);
        em.persist(new PaymentNotice(
                requests.findByReference(receipt.reference()).orElseThrow().getId(),
                EmployerNumber.parse(notice.employerNumber()).canonical(),
                notice.bankCode(),
                notice.bankReference(),
                notice.amount(),
                notice.paidOn()));
        return receipt;
    }

    private PaymentNoticeKind.Notice noticeOf(BankNoticeForm form, List<UploadedFile> files) {
        Map<String, String> errors = new LinkedHashMap<>();
        PaymentSituation.Bank bank = banks().stream()
                .filter(candidate -> candidate.code().equals(form.bankCode()))
                .findFirst()
                .orElse(null);
        if (bank == null) {
            errors.put("banque", "Banque : choisissez le compte de la CNSS que vous avez crédité.");
        }
        if (form.paidOn() == null) {
            errors.put(
                    "date",
                    "Date de l'opération : indiquez-la (JJ/MM/AAAA), telle qu'elle figure sur l'avis de la banque.");
        } else if (form.paidOn().isAfter(today())) {
            errors.put(
                    "date", "Date de l'opération : un paiement se déclare une fois fait ; au plus tard aujourd'hui.");
        } else if (form.paidOn().isBefore(EARLIEST)) {
            errors.put("date", "Date de l'opération : vérifiez l'année.");
        }
        if (form.amount() == null || form.amount() <= 0 || form.amount() > MAX_AMOUNT) {
            errors.put("montant", "Montant : en francs CFA, sans espace ni décimale (par exemple 250000).");
        }
        if (form.bankReference() == null || form.bankReference().isBlank()) {
            errors.put("reference", "Référence de l'opération : recopiez-la de l'avis de virement ou du bordereau.");
        } else if (form.bankReference().strip().length() > 60) {
            errors.put("reference", "Référence de l'opération : 60 caractères au plus.");
        }
        if (files.isEmpty()) {
            errors.put(
                    "pieces", "Justificatif : joignez l'avis de virement ou le bordereau de dépôt (PDF, JPEG ou PNG).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        EmployerNumber employer = myNumber();
        String name = employers.findByNumber(employer).map(Employer::getName).orElse(employer.display());
        return new PaymentNoticeKind.Notice(
                employer.display(),
                name,
                bank.code(),
                bank.name(),
                bank.accountNumber(),
                form.deposit(),
                form.paidOn(),
                form.amount(),
                form.bankReference().strip(),
                paymentReferenceOf(employer),
                Math.max(
                        0,
                        statements
                                .statementOf(statements.linesOf(employer.canonical()), today())
                                .totalBalance()
                                .value()));
    }

    /** The CNSS accounts employers may pay into: the banks whose account number the fund has entered. */
    private List<PaymentSituation.Bank> banks() {
        return referenceData.cnssBankAccounts().stream()
                .filter(bank -> bank.getAccountNumber() != null
                        && !bank.getAccountNumber().isBlank())
                .map(bank -> new PaymentSituation.Bank(bank.getCode(), bank.getBankName(), bank.getAccountNumber()))
                .toList();
    }

    /** What the employer writes on the transfer or the slip, so that the CNSS knows who paid: his number. */
    private static String paymentReferenceOf(EmployerNumber employer) {
        return "COTISATIONS " + employer.display();
    }

    private EmployerNumber myNumber() {
        return callerEmployer.of(session.getCallerPrincipal().getName());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
