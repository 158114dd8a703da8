package tg.cnss.eservices.payment.control;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.document.entity.IssuedCertificate;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.Employer;

/**
 * The quitus social: the CNSS certifies that the employer was up to date with its declarations and
 * contributions on the day it was issued, for the months it is valid, unless revoked — which only
 * the verification page says, hence its address and QR code on the document.
 */
public final class SocialQuitusPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SocialQuitusPdf() {}

    public static byte[] render(Employer employer, IssuedCertificate quitus, String code, String verificationAddress) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Raison sociale", employer.getName());
        facts.put("N° employeur", employer.getNumber().display());
        facts.put("Localité", employer.getTown() + " (" + employer.getDistrict() + ")");
        if (quitus.getPurpose() != null) {
            facts.put("Objet", quitus.getPurpose());
        }
        facts.put("Référence du quitus", quitus.getReference());
        facts.put(
                "Délivré le",
                quitus.getIssuedAt().atZone(Clocks.LOME).toLocalDate().format(DAY));
        facts.put(
                "Valable",
                "du " + quitus.getValidFrom().format(DAY) + " au "
                        + quitus.getValidUntil().format(DAY));
        facts.put("Code de vérification", code);
        return PdfLayout.a4("Quitus social " + quitus.getReference())
                .letterhead()
                .title("QUITUS SOCIAL")
                .paragraph("Le Directeur général de la Caisse Nationale de Sécurité Sociale du Togo certifie que"
                        + " l'employeur désigné ci-dessous a, à la date de délivrance, immatriculé ses travailleurs,"
                        + " déposé ses déclarations et payé les cotisations sociales échues, majorations comprises.")
                .facts(facts)
                .paragraph("Le présent quitus est délivré pour servir et valoir ce que de droit, notamment pour"
                        + " soumissionner à un marché public. Il est révoqué si des cotisations restent impayées"
                        + " après leur échéance avant la fin de sa validité : seule la page de vérification de la"
                        + " CNSS fait foi de son état.")
                .qrCode(
                        verificationAddress,
                        "Vérifiez ce quitus sur " + verificationAddress.replaceFirst("\\?.*", "")
                                + " avec sa référence et son code, ou en lisant ce code QR.")
                .finish();
    }
}
