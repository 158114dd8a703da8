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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.payment.control.QuitusEligibility;
import tg.cnss.eservices.payment.control.QuitusFacts;
import tg.cnss.eservices.payment.control.SocialQuitusKind;
import tg.cnss.eservices.payment.control.SocialQuitusPdf;
import tg.cnss.eservices.payment.entity.QuitusRequest;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.spi.CallerEmployer;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Demande de Quitus Social" (manual, Espace Employeurs item 6): whether the employer may have one,
 * condition by condition, before anything is asked; the request to Recouvrement, one at a time and
 * only when eligible (checked again here: the page may be old); the quitus issued, as PDF.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class SocialQuitus {

    private static final int TEXT_MAX = 120;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    EmployerRegistry employers;

    @Inject
    QuitusFacts facts;

    @Inject
    CertificateRegistry certificates;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    Requesters requesters;

    @Inject
    SocialQuitusKind kind;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public QuitusSituation situation() {
        Employer employer = myEmployer();
        LocalDate today = today();
        return new QuitusSituation(
                QuitusEligibility.of(facts.of(employer, today)),
                openRequestOf(employer)
                        .map(request -> request.getReference().toString())
                        .orElse(null),
                certificates.of(employer.getNumber().display(), CertificateKind.SOCIAL_QUITUS).stream()
                        .map(quitus -> lineOf(quitus, today))
                        .toList(),
                certificates.validityMonths(CertificateKind.SOCIAL_QUITUS).orElse(0));
    }

    /** The quitus valid today, the newest, if any (for the dashboard: no eligibility worked out). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<QuitusLine> current() {
        LocalDate today = today();
        return certificates
                .of(callerEmployer.of(session.getCallerPrincipal().getName()).display(), CertificateKind.SOCIAL_QUITUS)
                .stream()
                .filter(quitus -> quitus.isValidOn(today))
                .findFirst()
                .map(quitus -> lineOf(quitus, today));
    }

    /**
     * Files the request; refused with the conditions not met when the employer is not eligible, and
     * while another request of his is being processed.
     */
    public RequestReceipt submit(@NotNull QuitusForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String tender = trimmed(form.tenderReference());
        String buyer = trimmed(form.buyer());
        if (tender != null && tender.length() > TEXT_MAX) {
            errors.put("marche", "Référence du marché : " + TEXT_MAX + " caractères au plus.");
        }
        if (buyer != null && buyer.length() > TEXT_MAX) {
            errors.put("acheteur", "Acheteur public : " + TEXT_MAX + " caractères au plus.");
        }
        Employer employer = myEmployer();
        openRequestOf(employer)
                .ifPresent(open -> errors.put(
                        "demande",
                        "Votre demande " + open.getReference() + " est en cours de traitement : attendez sa"
                                + " réponse avant d'en faire une autre."));
        QuitusEligibility.Eligibility eligibility = QuitusEligibility.of(facts.of(employer, today()));
        eligibility.checks().stream()
                .filter(check -> !check.met())
                .forEach(
                        check -> errors.put("condition-" + errors.size(), check.label() + " : " + check.explanation()));
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        Requesters.Account account = requesters
                .byPrincipal(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable"));
        SocialQuitusKind.Application application =
                new SocialQuitusKind.Application(employer.getNumber().display(), employer.getName(), tender, buyer);
        RequestReceipt receipt = submission.submit(
                kind,
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                application.purpose() == null ? "Quitus social" : "Quitus social — " + application.purpose(),
                application,
                List.of());
        em.persist(new QuitusRequest(
                requests.findByReference(receipt.reference()).orElseThrow().getId(),
                employer.getNumber().canonical()));
        return receipt;
    }

    /** The PDF of one of the caller's quitus (revoked or expired ones too: the page says their state). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> pdf(String reference) {
        Employer employer = myEmployer();
        return certificates
                .find(reference)
                .filter(quitus -> quitus.getKind() == CertificateKind.SOCIAL_QUITUS)
                .filter(quitus ->
                        quitus.getHolderNumber().equals(employer.getNumber().display()))
                .map(quitus -> {
                    String code = certificates.codeOf(quitus);
                    return SocialQuitusPdf.render(
                            employer,
                            quitus,
                            code,
                            settings.publicAddress() + CertificateRegistry.verificationPath(quitus, code));
                });
    }

    private Optional<ServiceRequest> openRequestOf(Employer employer) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r, QuitusRequest q WHERE q.requestId = r.id"
                                + " AND q.employerNumber = :employer AND r.status IN :open ORDER BY r.id DESC",
                        ServiceRequest.class)
                .setParameter("employer", employer.getNumber().canonical())
                .setParameter("open", RequestStatus.open())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private static QuitusLine lineOf(IssuedCertificate quitus, LocalDate today) {
        String state = quitus.isRevoked() ? "Révoqué" : quitus.isExpiredOn(today) ? "Expiré" : "Valide";
        return new QuitusLine(
                quitus.getReference(),
                quitus.getIssuedAt(),
                quitus.getValidUntil(),
                state,
                quitus.getRevocationReason(),
                quitus.getPurpose());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Employer myEmployer() {
        var number = callerEmployer.of(session.getCallerPrincipal().getName());
        return employers
                .findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("Employeur absent du répertoire : " + number.display()));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
