package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.document.control.CertificateRegistry;
import tg.cnss.eservices.document.entity.CertificateKind;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.RegistrationCertificatePdf;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;

/**
 * "Attestation d'immatriculation": issued at once to the signed-in employer, as a PDF verifiable by
 * anyone on the portal (reference, code, QR code); the attestations already issued can be
 * downloaded again. Another employer's reference is unknown here.
 */
@Stateless
@RolesAllowed("EMPLOYER")
public class RegistrationCertificates {

    @Resource
    SessionContext session;

    @Inject
    CallerEmployer callerEmployer;

    @Inject
    EmployerRegistry employers;

    @Inject
    CertificateRegistry certificates;

    @Inject
    PortalSettings settings;

    @Inject
    Clock clock;

    /** Issues a new attestation; returns its reference. Refused for an employer the registry does not hold. */
    public String issue() {
        Employer employer = myEmployer();
        var issued = certificates.issue(
                CertificateKind.REGISTRATION_CERTIFICATE,
                employer.getNumber().display(),
                employer.getName(),
                clock.instant(),
                today(),
                null);
        return issued.certificate().getReference();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IssuedCertificateLine> mine() {
        LocalDate today = today();
        return certificates.of(myNumber().display(), CertificateKind.REGISTRATION_CERTIFICATE).stream()
                .map(certificate -> new IssuedCertificateLine(
                        certificate.getReference(),
                        certificate.getIssuedAt(),
                        certificate.getRevokedAt() != null
                                ? "Révoquée"
                                : certificate.isValidOn(today) ? "Valide" : "Expirée"))
                .toList();
    }

    /** The PDF of one of the caller's attestations. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> pdf(String reference) {
        Employer employer = myEmployer();
        return certificates
                .find(reference)
                .filter(certificate -> certificate.getKind() == CertificateKind.REGISTRATION_CERTIFICATE)
                .filter(certificate -> certificate
                        .getHolderNumber()
                        .equals(employer.getNumber().display()))
                .map(certificate -> render(employer, certificate));
    }

    private byte[] render(Employer employer, IssuedCertificate certificate) {
        String code = certificates.codeOf(certificate);
        return RegistrationCertificatePdf.render(
                employer,
                certificate.getReference(),
                code,
                certificate.getIssuedAt().atZone(Clocks.LOME).toLocalDate(),
                settings.publicAddress() + CertificateRegistry.verificationPath(certificate, code));
    }

    private Employer myEmployer() {
        EmployerNumber number = myNumber();
        return employers
                .findByNumber(number)
                .orElseThrow(() -> new IllegalStateException("Employeur absent du répertoire : " + number.display()));
    }

    private EmployerNumber myNumber() {
        return callerEmployer.of(session.getCallerPrincipal().getName());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
