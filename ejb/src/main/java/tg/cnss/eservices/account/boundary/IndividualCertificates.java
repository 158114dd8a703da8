package tg.cnss.eservices.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.AttestedCareer;
import tg.cnss.eservices.account.control.CareerMonths;
import tg.cnss.eservices.account.control.IndividualCertificateKind;
import tg.cnss.eservices.account.control.IndividualCertificatePdf;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.registration.control.InsuredCaller;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Attestation individuelle" (manual, Espace Assurés item 7): what an attestation would certify
 * today, the request to Prestations (one at a time), the attestations issued as PDF — each the
 * signed-in person's own, whatever reference the address names.
 */
@Stateless
@RolesAllowed("INSURED")
public class IndividualCertificates {

    private static final int TEXT_MAX = 120;

    @Resource
    SessionContext session;

    @Inject
    InsuredCaller caller;

    @Inject
    CareerMonths careers;

    @Inject
    CertificateRegistry certificates;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    IndividualCertificateKind kind;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public IndividualCertificateSituation situation() {
        InsuredNumber number = myNumber();
        LocalDate today = today();
        return new IndividualCertificateSituation(
                number.display(),
                myFullName(),
                AttestedCareer.of(careers.of(number), today),
                requests.openOf(myAccount().id(), kind.code())
                        .map(request -> request.getReference().toString())
                        .orElse(null),
                certificates.of(number.display(), CertificateKind.INDIVIDUAL_CERTIFICATE).stream()
                        .map(attestation -> lineOf(attestation, today))
                        .toList(),
                certificates
                        .validityMonths(CertificateKind.INDIVIDUAL_CERTIFICATE)
                        .orElse(0),
                IndividualCertificateKind.PURPOSES);
    }

    /** Files the request; refused while another is being processed, or when the purpose is not said. */
    public RequestReceipt submit(@NotNull IndividualCertificateForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String purpose = trimmed(form.purpose());
        String details = trimmed(form.details());
        String addressee = trimmed(form.addressee());
        if (purpose == null || !IndividualCertificateKind.PURPOSES.contains(purpose)) {
            errors.put("objet", "Objet de la demande : choisissez-le dans la liste.");
        } else if ("Autre".equals(purpose) && details == null) {
            errors.put("precisions", "Précisions : dites à quoi l'attestation doit servir.");
        }
        if (details != null && details.length() > TEXT_MAX) {
            errors.put("precisions", "Précisions : " + TEXT_MAX + " caractères au plus.");
        }
        if (addressee != null && addressee.length() > TEXT_MAX) {
            errors.put("destinataire", "Destinataire : " + TEXT_MAX + " caractères au plus.");
        }
        Requesters.Account account = myAccount();
        requests.openOf(account.id(), kind.code())
                .ifPresent(open -> errors.put(
                        "demande",
                        "Votre demande " + open.getReference() + " est en cours de traitement : attendez sa"
                                + " réponse avant d'en faire une autre."));
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        InsuredNumber number = myNumber();
        Optional<InsuredPerson> person = caller.person(number);
        IndividualCertificateKind.Application application = new IndividualCertificateKind.Application(
                number.display(),
                myFullName(),
                person.map(InsuredPerson::getBirthDate).orElse(null),
                purpose,
                details,
                addressee);
        return submission.submit(
                kind,
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                "Attestation individuelle — " + application.purposeText(),
                application,
                List.of());
    }

    /** The PDF of one of the caller's attestations (expired or revoked ones too: the page says their state). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> pdf(String reference) {
        InsuredNumber number = myNumber();
        return certificates
                .find(reference)
                .filter(attestation -> attestation.getKind() == CertificateKind.INDIVIDUAL_CERTIFICATE)
                .filter(attestation -> attestation.getHolderNumber().equals(number.display()))
                .map(attestation -> {
                    String code = certificates.codeOf(attestation);
                    return IndividualCertificatePdf.render(
                            attestation,
                            caller.person(number)
                                    .map(InsuredPerson::getBirthDate)
                                    .orElse(null),
                            code,
                            settings.publicAddress() + CertificateRegistry.verificationPath(attestation, code));
                });
    }

    private static IndividualCertificateSituation.Line lineOf(IssuedCertificate attestation, LocalDate today) {
        String state = attestation.isRevoked() ? "Révoquée" : attestation.isExpiredOn(today) ? "Expirée" : "Valide";
        return new IndividualCertificateSituation.Line(
                attestation.getReference(),
                attestation.getIssuedAt(),
                attestation.getValidUntil(),
                state,
                attestation.getPurpose());
    }

    private String myFullName() {
        return caller.fullName(me());
    }

    private Requesters.Account myAccount() {
        return caller.account(me());
    }

    private InsuredNumber myNumber() {
        return caller.number(me());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
