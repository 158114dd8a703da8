package tg.cnss.eservices.declaration.boundary;

import java.time.Instant;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrReport;
import tg.cnss.eservices.declaration.entity.DnrUpload.State;

/**
 * Where an uploaded DNR file stands, for the page that polls it: the state in French, the rows read
 * out of those expected (0 when the file does not say), and once done the report and the DNR it
 * became ({@code report} and {@code replacedReference} null in lists). {@code interrupted}: the
 * server reading it stopped (the file must be sent again).
 */
public record DnrUploadStatus(
        String token,
        String fileName,
        long sizeBytes,
        State state,
        boolean interrupted,
        int rowsRead,
        int rowsExpected,
        Instant uploadedAt,
        DnrCheck.Status outcome,
        DnrReport report,
        String declarationReference,
        String replacedReference) {

    public boolean finished() {
        return interrupted || state.isFinished();
    }

    public String stateLabel() {
        if (interrupted) {
            return "Interrompu : le traitement s'est arrêté ; envoyez de nouveau le fichier.";
        }
        return switch (state) {
            case QUEUED -> "En attente de lecture";
            case READING -> "Lecture du fichier";
            case CHECKING -> "Contrôle des lignes";
            case STORING -> "Enregistrement de la déclaration";
            case DONE, FAILED -> outcome == null ? "Terminé" : outcome.label();
        };
    }

    /** 0 to 100; reading counts for 80 %, checking and storing for the rest. */
    public int percent() {
        return switch (state) {
            case QUEUED -> 0;
            case READING -> rowsExpected <= 0 ? 5 : Math.min(80, (int) (80L * rowsRead / rowsExpected));
            case CHECKING -> 85;
            case STORING -> 92;
            case DONE, FAILED -> 100;
        };
    }
}
