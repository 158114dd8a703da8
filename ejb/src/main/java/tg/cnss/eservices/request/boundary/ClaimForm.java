package tg.cnss.eservices.request.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The claim form of the manual ("Réclamations"): the object of the claim and its explanation. */
public record ClaimForm(
        @NotBlank(message = "Indiquez l'objet de votre réclamation.")
        @Size(max = 200, message = "L'objet tient en 200 caractères au plus.")
        String object,

        @NotBlank(message = "Expliquez votre démarche.")
        @Size(max = 4000, message = "L'explication tient en 4 000 caractères au plus.")
        String explanation) {}
