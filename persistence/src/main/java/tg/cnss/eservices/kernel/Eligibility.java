package tg.cnss.eservices.kernel;

import java.io.Serializable;
import java.util.List;

/**
 * The conditions of a benefit or a membership, each said with whether it is met and why, in the
 * order the form explains them: eligible when all are met.
 */
public record Eligibility(List<Check> checks) implements Serializable {

    public Eligibility {
        checks = List.copyOf(checks);
    }

    /** One condition: what it asks, whether it is met, and the figures that say so. */
    public record Check(String label, boolean met, String explanation) implements Serializable {}

    public boolean eligible() {
        return checks.stream().allMatch(Check::met);
    }

    /** The conditions not met, each as "label : explanation" (for a form's refusal or an agent's warning). */
    public List<String> unmet() {
        return checks.stream()
                .filter(check -> !check.met())
                .map(check -> check.label() + " : " + check.explanation())
                .toList();
    }
}
