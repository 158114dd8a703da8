package tg.cnss.eservices.registration.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.registration.entity.Employer;

/**
 * "Attestation d'immatriculation": the CNSS attests that the employer is in its registry under
 * its number since its registration. It says nothing of the employer's contributions (that is
 * the quitus social's), and says so. Verifiable on the portal with its reference and code.
 */
public final class RegistrationCertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RegistrationCertificatePdf() {}

    public static byte[] render(
            Employer employer, String reference, String code, LocalDate issuedOn, String verificationAddress) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Raison sociale", employer.getName());
        facts.put("N° employeur", employer.getNumber().display());
        facts.put("Catégorie", employer.getCategory().label());
        facts.put("Localité", employer.getTown() + " (" + employer.getDistrict() + ")");
        facts.put(
                "Immatriculé depuis le",
                employer.getRegisteredAt()
                        .atZone(tg.cnss.eservices.platform.control.Clocks.LOME)
                        .toLocalDate()
                        .format(DAY));
        facts.put("Référence de l'attestation", reference);
        facts.put("Délivrée le", issuedOn.format(DAY));
        facts.put("Code de vérification", code);
        return PdfLayout.a4("Attestation d'immatriculation " + reference)
                .letterhead()
                .title("ATTESTATION D'IMMATRICULATION")
                .paragraph("Le Directeur général de la Caisse Nationale de Sécurité Sociale du Togo atteste que"
                        + " l'employeur désigné ci-dessous est immatriculé au répertoire des employeurs de la CNSS.")
                .facts(facts)
                .paragraph("La présente attestation est délivrée pour servir et valoir ce que de droit. Elle ne"
                        + " renseigne pas sur la situation de l'employeur au regard de ses déclarations et de ses"
                        + " cotisations : seul le quitus social en atteste.")
                .qrCode(
                        verificationAddress,
                        "Vérifiez cette attestation sur " + verificationAddress.replaceFirst("\\?.*", "")
                                + " avec sa référence et son code, ou en lisant ce code QR.")
                .finish();
    }
}
