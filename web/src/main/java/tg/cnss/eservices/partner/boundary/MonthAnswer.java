package tg.cnss.eservices.partner.boundary;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tg.cnss.eservices.declaration.boundary.DeclarationSummary;

/** A monthly contribution declaration recorded through the API. */
@Schema(name = "DeclarationMensuelle", description = "Une déclaration de cotisation enregistrée.")
public record MonthAnswer(
        @Schema(example = "DC-202611-E1000000161") String reference,
        @Schema(example = "2026-11") String mois,

        @Schema(description = "Révision du mois : 1 la première fois, puis 2… quand elle en remplace une.")
        int revision,

        int effectif,
        @Schema(description = "Masse salariale en francs.") long masseSalariale,
        @Schema(description = "Cotisations dues en francs.") long totalDu,
        @Schema(description = "Date limite de paiement.") LocalDate echeance) {

    static MonthAnswer of(DeclarationSummary declared) {
        return new MonthAnswer(
                declared.reference(),
                declared.period().toString(),
                declared.revision(),
                declared.workerCount(),
                declared.grossPayroll().value(),
                declared.totalDue().value(),
                declared.dueDate());
    }
}
