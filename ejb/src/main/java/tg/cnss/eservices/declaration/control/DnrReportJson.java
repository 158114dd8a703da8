package tg.cnss.eservices.declaration.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/**
 * The report of an upload as stored (JSON in {@code dnr_upload.report}). A file with errors on
 * every line could give 300 000 findings: the first {@link #KEPT} are kept, and the report says how
 * many more there were — the employer corrects those first and sends again.
 */
public final class DnrReportJson {

    public static final int KEPT = 5_000;

    private static final Jsonb JSONB = JsonbBuilder.create();

    private DnrReportJson() {}

    public static String write(DnrReport report) {
        if (report.lines().size() <= KEPT) {
            return JSONB.toJson(report);
        }
        List<DnrReportLine> kept = new java.util.ArrayList<>(report.lines().subList(0, KEPT));
        long errors =
                report.lines().stream().skip(KEPT).filter(DnrReportLine::error).count();
        long warnings = report.lines().size() - KEPT - errors;
        kept.add(new DnrReportLine(
                "",
                0,
                "",
                "",
                "… et " + errors + " autre(s) erreur(s), " + warnings + " autre(s) avertissement(s) au-delà des " + KEPT
                        + " premiers : corrigez d'abord ceux-ci, puis envoyez de nouveau le fichier.",
                errors > 0));
        return JSONB.toJson(new DnrReport(
                report.status(), report.refusal(), report.quarter(), report.workerCount(), report.monthTotals(), kept));
    }

    public static DnrReport read(String json) {
        return JSONB.fromJson(json, DnrReport.class);
    }
}
