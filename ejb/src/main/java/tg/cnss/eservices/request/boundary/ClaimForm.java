package tg.cnss.eservices.request.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The claim form of the manual ("Réclamations"): the object of the claim and its explanation. Checked
 * by Bean Validation (messages in {@code ValidationMessages.properties}) when {@link Requests} receives it.
 */
public record ClaimForm(
        @NotBlank(message = "{claim.object.required}") @Size(max = 200, message = "{claim.object.size}")
        String object,

        @NotBlank(message = "{claim.explanation.required}") @Size(max = 4000, message = "{claim.explanation.size}")
        String explanation) {}
