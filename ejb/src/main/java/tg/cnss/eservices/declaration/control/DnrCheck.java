package tg.cnss.eservices.declaration.control;

import java.util.List;
import tg.cnss.eservices.kernel.Francs;

/**
 * The outcome of the DNR rules, in the manner of the French DSN's return: accepted, accepted with
 * warnings, or rejected (any error: nothing of the declaration is kept). {@code monthTotals}: the
 * gross pay declared for each month of the quarter, from the lines that could be read.
 * {@code lines}: the workers' lines as read and checked, when nothing is in error (else empty).
 */
public record DnrCheck(List<DnrFinding> findings, List<Francs> monthTotals, int workerCount, List<DnrLine> lines) {

    public enum Status {
        ACCEPTED("Acceptée"),
        ACCEPTED_WITH_WARNINGS("Acceptée avec avertissements"),
        REJECTED("Rejetée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DnrCheck {
        findings = List.copyOf(findings);
        monthTotals = List.copyOf(monthTotals);
        lines = List.copyOf(lines);
    }

    public Status status() {
        if (findings.stream().anyMatch(DnrFinding::isError)) {
            return Status.REJECTED;
        }
        return findings.isEmpty() ? Status.ACCEPTED : Status.ACCEPTED_WITH_WARNINGS;
    }

    public Francs quarterTotal() {
        return monthTotals.stream().reduce(Francs.ZERO, Francs::plus);
    }
}
