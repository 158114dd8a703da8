package tg.cnss.eservices.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import tg.cnss.eservices.kernel.BusinessException;

/**
 * Puts the server's field errors (field id → French message) on the page: each message tied to
 * its field, the field marked invalid (aria-invalid), the title prefixed "Erreur : ".
 */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(FacesContext faces, String formId, Map<String, String> errors) {
        errors.forEach((field, message) -> {
            UIComponent component = faces.getViewRoot().findComponent(formId + ":" + field);
            if (component instanceof UIInput input) {
                keepTyped(faces, input);
                input.setValid(false);
            }
            faces.addMessage(
                    component == null ? null : component.getClientId(faces),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        });
        faces.validationFailed();
    }

    /**
     * An invalid input is rendered from its submitted value, which JSF has already cleared once the
     * model was updated: put back what the user typed, so that it stays on the page.
     */
    private static void keepTyped(FacesContext faces, UIInput input) {
        Object value = input.getValue();
        String typed;
        if (value == null) {
            typed = "";
        } else if (value instanceof java.time.LocalDate day) {
            typed = day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        } else if (input.getConverter() != null) {
            typed = input.getConverter().getAsString(faces, input, value);
        } else {
            typed = value.toString();
        }
        input.setSubmittedValue(typed);
    }

    /**
     * Any refusal of the services (one business-exception type for all): its field messages next to
     * their fields of {@code formId}, or its message at the top of the page.
     */
    public static void show(FacesContext faces, String formId, BusinessException refusal) {
        if (refusal.fieldErrors().isEmpty()) {
            show(faces, refusal.getMessage());
        } else {
            show(faces, formId, refusal.fieldErrors());
        }
    }

    public static void show(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
