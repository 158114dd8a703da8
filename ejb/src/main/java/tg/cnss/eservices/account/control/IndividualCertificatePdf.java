package tg.cnss.eservices.account.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * The attestation individuelle: the CNSS certifies that the person is one of its insured, with the
 * months counted on the day it was issued; whether it is still valid, only the verification page
 * says — hence its address and QR code on the document.
 */
public final class IndividualCertificatePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private IndividualCertificatePdf() {}

    public static byte[] render(
            IssuedCertificate attestation, LocalDate birthDate, String code, String verificationAddress) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Nom et prénoms", attestation.getHolderName());
        facts.put("N° d'assuré", attestation.getHolderNumber());
        if (birthDate != null) {
            facts.put("Date de naissance", birthDate.format(DAY));
        }
        if (attestation.getPurpose() != null) {
            facts.put("Objet", attestation.getPurpose());
        }
        facts.put("Référence de l'attestation", attestation.getReference());
        facts.put(
                "Délivrée le",
                attestation.getIssuedAt().atZone(Clocks.LOME).toLocalDate().format(DAY));
        facts.put(
                "Valable",
                "du " + attestation.getValidFrom().format(DAY) + " au "
                        + attestation.getValidUntil().format(DAY));
        facts.put("Code de vérification", code);
        PdfLayout layout = PdfLayout.a4("Attestation individuelle " + attestation.getReference())
                .letterhead()
                .title("ATTESTATION INDIVIDUELLE")
                .paragraph("Le Directeur général de la Caisse Nationale de Sécurité Sociale du Togo atteste que la"
                        + " personne désignée ci-dessous est immatriculée à la CNSS en qualité d'assuré social.")
                .facts(facts);
        if (attestation.getStatement() != null) {
            layout = layout.paragraph(attestation.getStatement());
        }
        return layout.paragraph("La présente attestation est délivrée à l'intéressé(e) pour servir et valoir ce que"
                        + " de droit. Seule la page de vérification de la CNSS fait foi de sa validité.")
                .qrCode(
                        verificationAddress,
                        "Vérifiez cette attestation sur " + verificationAddress.replaceFirst("\\?.*", "")
                                + " avec sa référence et son code, ou en lisant ce code QR.")
                .finish();
    }
}
