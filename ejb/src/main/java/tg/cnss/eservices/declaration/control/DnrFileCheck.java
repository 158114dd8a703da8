package tg.cnss.eservices.declaration.control;

import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * The report of an uploaded DNR: the file's header must be the sender's (employer number), then the
 * lines go through the same {@link DnrRules} as the online form; each finding is placed at its cell
 * (sheet, row, column letter) as the file was read.
 */
public final class DnrFileCheck {

    private DnrFileCheck() {}

    /** The report, and the lines to record when it accepts the file (else none). */
    public record Outcome(DnrReport report, List<DnrLine> lines) {}

    public static DnrReport check(DnrWorkbook workbook, EmployerNumber sender, DnrRules rules) {
        return checkAndRead(workbook, sender, rules).report();
    }

    public static Outcome checkAndRead(DnrWorkbook workbook, EmployerNumber sender, DnrRules rules) {
        return outcomeOf(workbook, sender, rules.check(workbook.rows(), workbook.headerValue(DnrField.TOTAL)));
    }

    /** The report of a file whose lines were checked as they were read ({@link DnrRules#begin}). */
    public static Outcome outcomeOf(DnrWorkbook workbook, EmployerNumber sender, DnrCheck check) {
        List<DnrReportLine> lines = new ArrayList<>();
        checkEmployer(workbook, sender, lines);
        for (DnrFinding finding : check.findings()) {
            lines.add(placed(workbook, finding));
        }
        boolean rejected = lines.stream().anyMatch(DnrReportLine::error);
        DnrCheck.Status status = rejected
                ? DnrCheck.Status.REJECTED
                : lines.isEmpty() ? DnrCheck.Status.ACCEPTED : DnrCheck.Status.ACCEPTED_WITH_WARNINGS;
        DnrReport report = new DnrReport(
                status,
                null,
                workbook.quarter().code(),
                check.workerCount(),
                check.monthTotals().stream().map(Francs::value).toList(),
                lines);
        return new Outcome(report, rejected ? List.of() : check.lines());
    }

    private static void checkEmployer(DnrWorkbook workbook, EmployerNumber sender, List<DnrReportLine> lines) {
        DnrWorkbook.Located typed = workbook.header().get(DnrField.EMPLOYER);
        String sheet = workbook.sheet();
        if (typed == null) {
            lines.add(new DnrReportLine(
                    sheet,
                    0,
                    "",
                    "",
                    "En-tête : le n° employeur est introuvable ; indiquez « " + DnrLayout.EMPLOYER_LABEL + " » "
                            + sender.display() + " comme dans le fichier modèle.",
                    true));
            return;
        }
        String cellColumn = typed.cell().replaceAll("\\d", "");
        int cellRow = Integer.parseInt(typed.cell().replaceAll("\\D", ""));
        try {
            EmployerNumber written = EmployerNumber.parse(typed.value());
            if (!written.equals(sender)) {
                lines.add(new DnrReportLine(
                        sheet,
                        cellRow,
                        cellColumn,
                        typed.value(),
                        "Ce fichier est celui de l'employeur " + written.display() + " ; vous déclarez pour "
                                + sender.display() + ". Téléchargez votre propre fichier modèle.",
                        true));
            }
        } catch (InvalidNumberException wrong) {
            lines.add(new DnrReportLine(sheet, cellRow, cellColumn, typed.value(), wrong.getMessage(), true));
        }
    }

    private static DnrReportLine placed(DnrWorkbook workbook, DnrFinding finding) {
        String sheet = workbook.sheet();
        if (finding.row() == 0) {
            DnrWorkbook.Located at = workbook.header().get(finding.field());
            if (at != null) {
                return new DnrReportLine(
                        sheet,
                        Integer.parseInt(at.cell().replaceAll("\\D", "")),
                        at.cell().replaceAll("\\d", ""),
                        finding.value(),
                        finding.message(),
                        finding.isError());
            }
            return new DnrReportLine(sheet, 0, "", finding.value(), finding.message(), finding.isError());
        }
        return new DnrReportLine(
                sheet,
                finding.row(),
                workbook.columnOf(finding.field(), finding.month()),
                finding.value(),
                finding.message(),
                finding.isError());
    }
}
