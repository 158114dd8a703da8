package tg.cnss.eservices.declaration.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.declaration.entity.WageDeclaration;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * The receipt of a DNR: who declared which quarter, how (online, file), the totals of each month,
 * and the workers' lines — all of them up to {@link #LINES_LISTED}; beyond, a receipt of thousands
 * of pages would help no one, and it says where the lines are (the file sent, the CNSS's copy).
 */
public final class WageDeclarationReceiptPdf {

    static final int LINES_LISTED = 1_000;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(ZoneId.of("Africa/Lome"));

    private WageDeclarationReceiptPdf() {}

    public static byte[] render(WageDeclaration declaration, String employerNumber, List<DnrLine> lines) {
        var quarter = declaration.getQuarter();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Référence", declaration.getReference());
        facts.put("N° employeur", employerNumber);
        facts.put("Trimestre déclaré", quarter.label());
        facts.put(
                "Déclarée le",
                WHEN.format(declaration.getDeclaredAt()) + " par " + declaration.getDeclaredBy() + " — "
                        + switch (declaration.getSource()) {
                            case FORM -> "saisie en ligne";
                            case FILE -> "fichier " + declaration.getFileName();
                            case API -> "logiciel de paie";
                        });
        if (declaration.getRevision() > 1) {
            facts.put(
                    "Nature",
                    "DNR rectificative n° " + declaration.getRevision() + " : elle remplace la DNR précédente du"
                            + " trimestre");
        }
        if (declaration.getReplacedAt() != null) {
            facts.put(
                    "État", "Remplacée le " + WHEN.format(declaration.getReplacedAt()) + " par une DNR rectificative");
        }
        facts.put(
                "Travailleurs",
                declaration.getWorkerCount()
                        + (declaration.getToRegisterCount() > 0
                                ? " dont " + declaration.getToRegisterCount() + " à immatriculer"
                                : ""));
        Map<String, String> totals = new LinkedHashMap<>();
        for (int month = 0; month < 3; month++) {
            totals.put(
                    "Salaires bruts de " + MonthLabels.of(quarter.months().get(month)),
                    Francs.of(declaration.getMonthTotals().get(month)).display());
        }
        totals.put(
                "Total du trimestre", Francs.of(declaration.getQuarterTotal()).display());
        PdfLayout pdf = PdfLayout.a4("DNR " + declaration.getReference())
                .letterhead()
                .title("Récépissé de Déclaration Nominative des Rémunérations — " + quarter.label())
                .facts(facts)
                .heading("Totaux")
                .facts(totals)
                .heading("Travailleurs déclarés");
        List<List<String>> rows = new ArrayList<>();
        for (DnrLine line : lines.subList(0, Math.min(LINES_LISTED, lines.size()))) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(line.line()));
            row.add(
                    line.toRegister()
                            ? "à immatriculer"
                            : new InsuredNumber(
                                            Long.parseLong(line.insuredNumber().substring(0, 10)))
                                    .display());
            row.add(line.lastName() + " " + line.firstNames());
            for (int month = 0; month < 3; month++) {
                row.add(line.days().get(month) + " j — "
                        + Francs.of(line.pay().get(month)).display());
            }
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("N°", "N° assuré", "Nom et prénoms"));
        quarter.months().forEach(month -> headers.add(MonthLabels.of(month)));
        pdf.table(new float[] {4, 14, 26, 18, 18, 18}, headers, rows);
        if (lines.size() > LINES_LISTED) {
            pdf.paragraph("Les " + LINES_LISTED + " premières lignes sur " + lines.size() + " sont reproduites ici ; la"
                    + " DNR complète est celle que vous avez transmise, conservée par la CNSS sous cette référence.");
        }
        return pdf.paragraph(
                        "Les salaires déclarés sont reportés au compte individuel de chaque travailleur immatriculé."
                                + " Un travailleur « à immatriculer » doit faire l'objet d'une demande d'immatriculation.")
                .finish();
    }
}
