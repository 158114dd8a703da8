package tg.cnss.eservices.payment.control;

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
import java.util.stream.Collectors;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Demande de Quitus Social" (manual, Espace Employeurs item 6: "dans le but de soumissionner à un
 * marché public"). The employer asks only once the portal finds him eligible; Recouvrement sees
 * the conditions as they stand when it decides, and its approval issues the quitus — a certificate
 * verifiable by anyone, valid for the months of the reference data from the day it is issued. An
 * employer no longer eligible by then is refused the approval, with what is missing.
 */
@ApplicationScoped
public class SocialQuitusKind implements RequestKind<SocialQuitusKind.Application> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The request as filed; the tender's reference and buyer are optional. */
    public record Application(String employerNumber, String employerName, String tenderReference, String buyer) {

        /** What the quitus says it was asked for, if the employer said it. */
        public String purpose() {
            List<String> parts = new ArrayList<>();
            if (tenderReference != null) {
                parts.add("Marché : " + tenderReference);
            }
            if (buyer != null) {
                parts.add("Acheteur public : " + buyer);
            }
            return parts.isEmpty() ? null : String.join(" — ", parts);
        }
    }

    @Inject
    QuitusFacts facts;

    @Inject
    EmployerRegistry employers;

    @Inject
    CertificateRegistry certificates;

    @Inject
    Clock clock;

    @Override
    public String code() {
        return "SOCIAL_QUITUS";
    }

    @Override
    public String prefix() {
        return "DQ";
    }

    @Override
    public String label() {
        return "Demande de quitus social";
    }

    @Override
    public String pluralLabel() {
        return "Quitus sociaux";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    @Override
    public List<FieldSection> sections(Application application) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Employeur", application.employerNumber() + " — " + application.employerName());
        fields.put(
                "Référence du marché public",
                application.tenderReference() == null ? "Non précisée" : application.tenderReference());
        fields.put("Acheteur public", application.buyer() == null ? "Non précisé" : application.buyer());
        return List.of(new FieldSection("Demande de quitus social", fields));
    }

    /** The conditions as they stand now, those not met first; a quitus still valid. */
    @Override
    public List<String> warnings(ServiceRequest request, Application application) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        List<String> warnings = new ArrayList<>();
        eligibilityOf(application, today).checks().stream()
                .filter(check -> !check.met())
                .forEach(check -> warnings.add(
                        "Condition non remplie aujourd'hui — " + check.label() + " : " + check.explanation()));
        certificates.of(application.employerNumber(), CertificateKind.SOCIAL_QUITUS).stream()
                .filter(certificate -> certificate.isValidOn(today))
                .forEach(certificate -> warnings.add("Quitus " + certificate.getReference() + " déjà valable jusqu'au "
                        + certificate.getValidUntil().format(DAY) + "."));
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Application application, Instant at) {
        LocalDate today = at.atZone(Clocks.LOME).toLocalDate();
        QuitusEligibility.Eligibility eligibility = eligibilityOf(application, today);
        if (!eligibility.eligible()) {
            throw new IllegalArgumentException("Le quitus ne peut pas être délivré aujourd'hui : "
                    + eligibility.checks().stream()
                            .filter(check -> !check.met())
                            .map(check -> check.label() + " — " + check.explanation())
                            .collect(Collectors.joining(" ; "))
                    + " Refusez la demande en citant ces motifs, ou attendez la régularisation.");
        }
        IssuedCertificate quitus = certificates
                .issueForItsValidity(
                        CertificateKind.SOCIAL_QUITUS,
                        application.employerNumber(),
                        application.employerName(),
                        at,
                        application.purpose())
                .certificate();
        return Optional.of("Votre quitus social " + quitus.getReference() + " est délivré ; il est valable jusqu'au "
                + quitus.getValidUntil().format(DAY)
                + ". Téléchargez-le sur la page « Demande de Quitus Social ». Il sera"
                + " révoqué si des cotisations restent impayées après leur échéance avant cette date.");
    }

    private QuitusEligibility.Eligibility eligibilityOf(Application application, LocalDate today) {
        Employer employer = employers
                .findByNumber(EmployerNumber.parse(application.employerNumber()))
                .orElseThrow(() ->
                        new IllegalStateException("Employeur absent du répertoire : " + application.employerNumber()));
        return QuitusEligibility.of(facts.of(employer, today));
    }
}
