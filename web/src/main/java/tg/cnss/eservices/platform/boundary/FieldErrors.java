package tg.cnss.eservices.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * Puts the server's field errors (field id → French message) on the page: each message tied to
 * its field, the field marked invalid (aria-invalid), the title prefixed "Erreur : ".
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void show(FacesContext faces, String formId, Map<String, String> errors) {
        errors.forEach((field, message) -> {
            UIComponent component = faces.getViewRoot().findComponent(formId + ":" + field);
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
            faces.addMessage(component == null ? null : component.getClientId(faces),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        });
        faces.validationFailed();
    }

    public static void show(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }
}
