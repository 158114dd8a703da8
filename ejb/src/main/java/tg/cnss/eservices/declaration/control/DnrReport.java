package tg.cnss.eservices.declaration.control;

import java.util.List;
import tg.cnss.eservices.declaration.control.DnrCheck.Status;
import tg.cnss.eservices.kernel.Quarter;

/**
 * What the portal answers to an uploaded DNR, in the manner of the French DSN's return: a global
 * status (accepted, accepted with warnings, rejected), the quarter and what was declared, and every
 * cell to correct or to check. A file that could not be read at all is rejected with
 * {@code refusal} saying why. Amounts in whole francs.
 */
public record DnrReport(
        Status status,
        String refusal,
        String quarter,
        int workerCount,
        List<Long> monthTotals,
        List<DnrReportLine> lines) {

    public DnrReport {
        monthTotals = List.copyOf(monthTotals);
        lines = List.copyOf(lines);
    }

    public static DnrReport refused(String why) {
        return new DnrReport(Status.REJECTED, why, null, 0, List.of(), List.of());
    }

    public boolean accepted() {
        return status != Status.REJECTED;
    }

    public long errorCount() {
        return lines.stream().filter(DnrReportLine::error).count();
    }

    public long warningCount() {
        return lines.size() - errorCount();
    }

    /** "3e trimestre 2026", or "" for a file refused before its quarter was read. */
    public String quarterLabel() {
        return quarter == null ? "" : Quarter.parse(quarter).label();
    }

    public long quarterTotal() {
        return monthTotals.stream().mapToLong(Long::longValue).sum();
    }
}
