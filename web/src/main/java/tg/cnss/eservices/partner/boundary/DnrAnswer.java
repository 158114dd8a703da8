package tg.cnss.eservices.partner.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tg.cnss.eservices.declaration.boundary.DnrUploadStatus;
import tg.cnss.eservices.declaration.control.DnrCheck;
import tg.cnss.eservices.declaration.control.DnrReport;
import tg.cnss.eservices.declaration.control.DnrReportLine;

/** A DNR sent through the API, as the software reads it: where its reading stands, then its report. */
@Schema(name = "EnvoiDnr", description = "Un envoi de DNR : l'état de sa lecture, puis son rapport.")
public record DnrAnswer(
        @Schema(description = "Jeton de l'envoi, pour en suivre l'état.")
        String jeton,

        @Schema(
                description = "EN_ATTENTE, EN_COURS, TERMINE ou INTERROMPU (à envoyer de nouveau).",
                enumeration = {"EN_ATTENTE", "EN_COURS", "TERMINE", "INTERROMPU"})
        String etat,

        @Schema(description = "Avancement de 0 à 100.") int progression,

        @Schema(
                description = "Une fois terminé : ACCEPTEE, ACCEPTEE_AVEC_AVERTISSEMENTS ou REJETEE.",
                enumeration = {"ACCEPTEE", "ACCEPTEE_AVEC_AVERTISSEMENTS", "REJETEE"})
        String resultat,

        @Schema(description = "Référence de la DNR enregistrée, une fois acceptée.")
        String dnr,

        @Schema(description = "Référence de la DNR du même trimestre qu'elle remplace, le cas échéant.")
        String remplace,

        @Schema(description = "Le rapport, une fois terminé : le même que sur la page « Envoyer un fichier D.N.R ».")
        Report rapport) {

    /** The report: the quarter, what was declared, each cell to correct or to check. */
    @Schema(name = "RapportDnr")
    public record Report(
            @Schema(description = "Motif quand le fichier n'a pas pu être lu du tout.")
            String motifRefus,

            @Schema(example = "T3 2026") String trimestre,
            int travailleurs,

            @Schema(description = "Total des salaires de chacun des trois mois, en francs.")
            List<Long> totauxMensuels,

            List<Line> lignes) {}

    /** One finding: the cell (as in the model: the first worker is row 9), the value as sent, what to do. */
    @Schema(name = "LigneRapportDnr")
    public record Line(
            String feuille,
            int ligne,
            String colonne,
            @Schema(example = "E9") String cellule,
            String valeur,
            String message,

            @Schema(description = "Erreur (la DNR est rejetée) ou avertissement.")
            boolean erreur) {}

    static DnrAnswer of(DnrUploadStatus status) {
        String state = status.interrupted()
                ? "INTERROMPU"
                : switch (status.state()) {
                    case QUEUED -> "EN_ATTENTE";
                    case READING, CHECKING, STORING -> "EN_COURS";
                    case DONE, FAILED -> "TERMINE";
                };
        return new DnrAnswer(
                status.token(),
                state,
                status.percent(),
                status.outcome() == null ? null : outcomeOf(status.outcome()),
                status.declarationReference(),
                status.replacedReference(),
                status.report() == null ? null : reportOf(status.report()));
    }

    private static String outcomeOf(DnrCheck.Status outcome) {
        return switch (outcome) {
            case ACCEPTED -> "ACCEPTEE";
            case ACCEPTED_WITH_WARNINGS -> "ACCEPTEE_AVEC_AVERTISSEMENTS";
            case REJECTED -> "REJETEE";
        };
    }

    private static Report reportOf(DnrReport report) {
        return new Report(
                report.refusal(),
                report.quarter(),
                report.workerCount(),
                report.monthTotals(),
                report.lines().stream().map(DnrAnswer::lineOf).toList());
    }

    private static Line lineOf(DnrReportLine line) {
        return new Line(
                line.sheet(), line.row(), line.column(), line.cell(), line.value(), line.message(), line.error());
    }
}
