package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Attestation individuelle" (manual, Espace Assurés item 7: the request "transmise
 * automatiquement au service en charge de la production de cette attestation"). Prestations sees
 * the account as it stands when deciding; approval issues the attestation — a certificate anyone can
 * verify, stating the months counted on the day it is issued, valid for the months of the
 * reference data.
 */
@ApplicationScoped
public class IndividualCertificateKind implements RequestKind<IndividualCertificateKind.Application> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What people ask it for; "Autre" must be said. */
    public static final List<String> PURPOSES = List.of(
            "Constitution d'un dossier administratif",
            "Demande de prêt ou de compte bancaire",
            "Demande de visa",
            "Dossier de pension ou de retraite",
            "Autre");

    /** The request as filed. */
    public record Application(
            String insuredNumber,
            String fullName,
            LocalDate birthDate,
            String purpose,
            String details,
            String addressee) {

        /** What the attestation says it was asked for. */
        public String purposeText() {
            String text = details == null ? purpose : "Autre".equals(purpose) ? details : purpose + " — " + details;
            return addressee == null ? text : text + " (à l'attention de : " + addressee + ")";
        }
    }

    @Inject
    CareerMonths careers;

    @Inject
    CertificateRegistry certificates;

    @Inject
    Clock clock;

    @Override
    public String code() {
        return "INDIVIDUAL_CERTIFICATE";
    }

    @Override
    public String prefix() {
        return "DA";
    }

    @Override
    public String label() {
        return "Demande d'attestation individuelle";
    }

    @Override
    public String pluralLabel() {
        return "Attestations individuelles";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    @Override
    public List<FieldSection> sections(Application application) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Assuré", application.insuredNumber() + " — " + application.fullName());
        fields.put(
                "Date de naissance",
                application.birthDate() == null
                        ? "Non connue"
                        : application.birthDate().format(DAY));
        fields.put("Objet de la demande", application.purpose());
        fields.put("Précisions", application.details() == null ? "Aucune" : application.details());
        fields.put("Destinataire", application.addressee() == null ? "Non précisé" : application.addressee());
        return List.of(new FieldSection("Demande d'attestation individuelle", fields));
    }

    /** The account as it stands now — what the attestation would certify — and one still valid. */
    @Override
    public List<String> warnings(ServiceRequest request, Application application) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        List<String> warnings = new ArrayList<>();
        warnings.add("Compte individuel aujourd'hui — "
                + attestedOn(application, today).text());
        certificates.of(application.insuredNumber(), CertificateKind.INDIVIDUAL_CERTIFICATE).stream()
                .filter(certificate -> certificate.isValidOn(today))
                .forEach(certificate ->
                        warnings.add("Attestation " + certificate.getReference() + " déjà valable jusqu'au "
                                + certificate.getValidUntil().format(DAY) + "."));
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Application application, Instant at) {
        IssuedCertificate attestation = certificates
                .issueForItsValidity(
                        CertificateKind.INDIVIDUAL_CERTIFICATE,
                        application.insuredNumber(),
                        application.fullName(),
                        at,
                        application.purposeText())
                .certificate()
                .stating(attestedOn(application, at.atZone(Clocks.LOME).toLocalDate())
                        .text());
        return Optional.of("Votre attestation individuelle " + attestation.getReference() + " est délivrée ; elle"
                + " est valable jusqu'au " + attestation.getValidUntil().format(DAY)
                + ". Téléchargez-la sur la page « Attestation"
                + " individuelle ».");
    }

    private AttestedCareer attestedOn(Application application, LocalDate day) {
        return AttestedCareer.of(careers.of(InsuredNumber.parse(application.insuredNumber())), day);
    }
}
