package tg.cnss.eservices.declaration.boundary;

import java.util.List;
import tg.cnss.eservices.declaration.control.ContributionCalculation;

/**
 * What the employer checks before confirming ("Vérifiez vos réponses"): the computation, when the
 * amount is due and what a late payment would add, warnings that do not prevent declaring, and
 * the declaration of the same month it would replace, if any ({@code currentRevision} 0: none).
 */
public record ContributionPreview(
        ContributionCalculation calculation,
        String periodLabel,
        String lateNotice,
        List<String> warnings,
        String replacedReference,
        int currentRevision) {

    public boolean replaces() {
        return replacedReference != null;
    }
}
