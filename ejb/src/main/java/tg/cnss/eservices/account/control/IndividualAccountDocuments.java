package tg.cnss.eservices.account.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tg.cnss.eservices.document.control.PdfLayout;
import tg.cnss.eservices.document.control.XlsxStyles;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;

/** The "relevé de carrière" of the individual account, in PDF and in Excel. */
public final class IndividualAccountDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Who the statement is for, and on which day it was made. */
    public record Holder(String insuredNumber, String fullName, LocalDate birthDate, LocalDate asOf) {}

    private IndividualAccountDocuments() {}

    public static byte[] pdf(Holder holder, IndividualCareer.Career career) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Assuré(e)", holder.fullName());
        facts.put("N° d'assuré", holder.insuredNumber());
        facts.put(
                "Né(e) le",
                holder.birthDate() == null ? "—" : holder.birthDate().format(DAY));
        facts.put("Mois cotisés", String.valueOf(career.monthsCounted()));
        facts.put("Salaires déclarés", career.totalPay().display());
        facts.put("Situation au", holder.asOf().format(DAY));
        PdfLayout pdf = PdfLayout.a4("Relevé de carrière " + holder.insuredNumber())
                .letterhead()
                .title("RELEVÉ DE CARRIÈRE")
                .facts(facts)
                .table(
                        new float[] {1.2f, 1.6f, 2.4f},
                        List.of("Année", "Mois cotisés", "Salaires déclarés"),
                        career.years().stream()
                                .map(year -> List.of(
                                        String.valueOf(year.year()),
                                        String.valueOf(year.monthsCounted()),
                                        year.pay().display()))
                                .toList());
        if (!career.gaps().isEmpty()) {
            pdf.heading("Périodes sans salaire déclaré");
            career.gaps().forEach(gap -> pdf.bullet(gap.label()));
        }
        pdf.heading("Détail par mois et par employeur");
        List<List<String>> rows = new ArrayList<>();
        career.years()
                .forEach(year -> year.months()
                        .forEach(month -> rows.add(List.of(
                                MonthLabels.of(month.period()),
                                month.employerName(),
                                String.valueOf(month.days()),
                                Francs.of(month.pay()).display(),
                                month.source()))));
        return pdf.table(
                        new float[] {1.8f, 3.4f, 1, 1.8f, 2.4f},
                        List.of("Mois", "Employeur", "Jours", "Salaire brut", "Source"),
                        rows)
                .paragraph(
                        "Un mois compte pour la pension dès qu'un salaire ou des jours y sont déclarés, une seule fois"
                                + " quel que soit le nombre d'employeurs. Une erreur ou un oubli ? Faites une réclamation en"
                                + " citant le mois et l'employeur.")
                .finish();
    }

    public static byte[] xlsx(Holder holder, IndividualCareer.Career career) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = XlsxStyles.of(workbook);
            CellStyle header = styles.header();
            CellStyle money = styles.money();
            Sheet sheet = workbook.createSheet("Carrière");
            sheet.createRow(0)
                    .createCell(0)
                    .setCellValue("Relevé de carrière — " + holder.fullName() + " — n° " + holder.insuredNumber()
                            + " — situation au " + holder.asOf().format(DAY));
            Row titles = sheet.createRow(2);
            String[] headers = {"Mois", "Employeur", "N° employeur", "Jours", "Salaire brut (FCFA)", "Source"};
            for (int i = 0; i < headers.length; i++) {
                titles.createCell(i).setCellValue(headers[i]);
                titles.getCell(i).setCellStyle(header);
            }
            int index = 3;
            for (var year : career.years()) {
                for (var month : year.months()) {
                    Row row = sheet.createRow(index++);
                    row.createCell(0).setCellValue(month.period().toString());
                    row.createCell(1).setCellValue(month.employerName());
                    row.createCell(2).setCellValue(month.employerNumber() == null ? "" : month.employerNumber());
                    row.createCell(3).setCellValue(month.days());
                    row.createCell(4).setCellValue(month.pay());
                    row.getCell(4).setCellStyle(money);
                    row.createCell(5).setCellValue(month.source());
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
