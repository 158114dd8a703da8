package tg.cnss.eservices.registration.control;

import java.time.format.DateTimeFormatter;
import java.util.List;
import tg.cnss.eservices.document.control.PdfLayout;

/** "Mes travailleurs" as a PDF: the employer, the list as filtered on the page, the day it was printed. */
public final class RosterPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One worker as printed. */
    public record Line(
            String insuredNumber,
            String name,
            String job,
            String contract,
            long monthlyPay,
            java.time.LocalDate start,
            java.time.LocalDate end,
            String endReason) {}

    private RosterPdf() {}

    public static byte[] render(String employer, String selection, java.time.LocalDate printedOn, List<Line> lines) {
        return PdfLayout.a4("Mes travailleurs " + employer)
                .letterhead()
                .title("Mes travailleurs — " + employer)
                .paragraph(
                        selection + " : " + lines.size() + " travailleur(s), liste du " + printedOn.format(DAY) + ".")
                .table(
                        new float[] {2.2f, 3, 2.4f, 2.2f, 1.8f, 1.5f, 2.4f},
                        List.of(
                                "N° assuré",
                                "Nom et prénoms",
                                "Emploi",
                                "Contrat",
                                "Salaire brut",
                                "Embauche",
                                "Sortie"),
                        lines.stream()
                                .map(line -> List.of(
                                        line.insuredNumber(),
                                        line.name(),
                                        line.job(),
                                        line.contract(),
                                        tg.cnss.eservices.kernel.Francs.of(line.monthlyPay())
                                                .display(),
                                        line.start().format(DAY),
                                        line.end() == null
                                                ? "En activité"
                                                : line.end().format(DAY) + " — " + line.endReason()))
                                .toList())
                .finish();
    }
}
