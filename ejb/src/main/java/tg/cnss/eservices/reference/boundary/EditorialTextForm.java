package tg.cnss.eservices.reference.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tg.cnss.eservices.reference.entity.EditorialText;

/**
 * What an administrator types for a public text: its title, its plain-text body (paragraphs
 * separated by a blank line; an empty body unpublishes it) and an optional signature. Checked by
 * Bean Validation when {@link EditorialTexts} receives it.
 */
public record EditorialTextForm(
        @NotBlank(message = "{editorial.title.required}")
        @Size(max = EditorialText.MAX_TITLE_LENGTH, message = "{editorial.title.size}")
        String title,

        @Size(max = EditorialText.MAX_BODY_LENGTH, message = "{editorial.body.size}")
        String body,

        @Size(max = EditorialText.MAX_SIGNATURE_LENGTH, message = "{editorial.signature.size}")
        String signature) {}
