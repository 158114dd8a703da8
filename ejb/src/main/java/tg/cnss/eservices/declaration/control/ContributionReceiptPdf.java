package tg.cnss.eservices.declaration.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.declaration.entity.ContributionDeclaration;
import tg.cnss.eservices.declaration.entity.ContributionLine;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.kernel.Francs;

/**
 * The receipt of a monthly contribution declaration: who declared what for which month, each
 * line as it was computed then (rates of that month), the total, the due date.
 */
public final class ContributionReceiptPdf {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Africa/Lome"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ContributionReceiptPdf() {}

    public static byte[] render(ContributionDeclaration declaration, String periodLabel, String employerNumber) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Référence", declaration.getReference());
        facts.put("N° employeur", employerNumber);
        facts.put("Mois déclaré", periodLabel);
        facts.put("Déclarée le", WHEN.format(declaration.getDeclaredAt()) + " par " + declaration.getDeclaredBy());
        if (declaration.getRevision() > 1) {
            facts.put(
                    "Nature",
                    "Déclaration rectificative n° " + declaration.getRevision()
                            + " : elle remplace la déclaration précédente du même mois");
        }
        if (declaration.isReplaced()) {
            facts.put(
                    "État",
                    "Remplacée le " + WHEN.format(declaration.getReplacedAt()) + " par une déclaration rectificative");
        }
        facts.put("Nombre de travailleurs", Integer.toString(declaration.getWorkerCount()));
        facts.put(
                "Masse salariale brute",
                Francs.of(declaration.getGrossPayroll()).display());
        Map<String, String> lines = new LinkedHashMap<>();
        for (ContributionLine line : declaration.getLines()) {
            lines.put(
                    line.getBranch().label() + " — part "
                            + line.getPayer().label().toLowerCase(java.util.Locale.FRENCH) + " ("
                            + ComputedLine.rateLabel(line.getRatePercent()) + ")",
                    Francs.of(line.getAmount()).display());
        }
        lines.put("Total à payer", Francs.of(declaration.getTotalDue()).display());
        lines.put("À payer au plus tard le", declaration.getDueDate().format(DAY));
        return PdfLayout.a4("Déclaration de cotisation " + declaration.getReference())
                .letterhead()
                .title("Récépissé de déclaration de cotisation — " + periodLabel)
                .facts(facts)
                .heading("Cotisations calculées")
                .facts(lines)
                .paragraph("Taux en vigueur au dernier jour du mois déclaré. Chaque ligne est arrondie au franc le plus"
                        + " proche. Passé l'échéance, une majoration de retard de 5 % s'applique, puis 1 % par mois ou"
                        + " fraction de mois au-delà de trois mois (Code de sécurité sociale, art. 17).")
                .finish();
    }
}
