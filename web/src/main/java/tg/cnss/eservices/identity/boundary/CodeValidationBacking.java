package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/** The "Validation" page of a sign-up: the code received by SMS and e-mail, "Soumettre", "RENVOYER CODE". */
@Named
@ViewScoped
public class CodeValidationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignUps signUps;

    @Inject
    FacesContext faces;

    private String token;
    private CodeValidation validation;
    private String code;
    private String emailCode;

    @PostConstruct
    void load() {
        token = faces.getExternalContext().getRequestParameterMap().get("jeton");
        refresh();
    }

    public void submit() throws IOException {
        CodeCheckResult result;
        try {
            result = signUps.verify(token, code, emailCode);
        } catch (SignUpRefusedException refused) {
            // The right code, but meanwhile another account took the e-mail or the number.
            FieldErrors.show(faces, refused.getMessage());
            refresh();
            return;
        } finally {
            code = null;
            emailCode = null;
        }
        if (result.accepted()) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/inscription/succes.xhtml");
            return;
        }
        FieldErrors.show(faces, SignUpBacking.FORM_ID, java.util.Map.of("code", result.message()));
        refresh();
    }

    public void resend() {
        CodeCheckResult result = signUps.resend(token);
        faces.addMessage(
                null,
                new FacesMessage(
                        result.accepted() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                        result.message(),
                        null));
        refresh();
    }

    private void refresh() {
        try {
            validation = signUps.validation(token);
        } catch (SignUpRefusedException unknown) {
            validation = null;
        }
    }

    public CodeValidation getValidation() {
        return validation;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmailCode() {
        return emailCode;
    }

    public void setEmailCode(String emailCode) {
        this.emailCode = emailCode;
    }
}
