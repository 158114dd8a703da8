package tg.cnss.eservices.identity.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.platform.boundary.HumanCheckField;

/**
 * The two steps shared by both sign-ups (manual II.b): the registration number, "Soumettre";
 * then the form, "S'enregistrer", which sends the code and leads to the "Validation" page.
 * Passwords are never sent back to the page: after an error they are typed again.
 */
public abstract class SignUpBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "inscription";

    @Inject
    SignUps signUps;

    @Inject
    FacesContext faces;

    private String number;
    private boolean numberAccepted;
    private String lastName;
    private String firstNames;
    private String email;
    private String phone = "+228 ";
    private String password;
    private String confirmation;

    /** Checks the number against the registry; throws SignUpRefusedException with the reason. */
    protected abstract void acceptNumber(String number);

    /** Sends the form; returns the sign-up's token. */
    protected abstract String start();

    public void submitNumber() {
        try {
            acceptNumber(number);
            numberAccepted = true;
        } catch (SignUpRefusedException refused) {
            FieldErrors.show(faces, FORM_ID, java.util.Map.of("numero", refused.getMessage()));
        }
    }

    /** The public form's human check, answered before anything is sent. */
    private final HumanCheckField humanCheck = new HumanCheckField();

    public HumanCheckField getHumanCheck() {
        return humanCheck;
    }

    /** The visitor's address, as the audit log keeps it (step 1 is limited per address). */
    protected String clientAddress() {
        return ((jakarta.servlet.http.HttpServletRequest)
                        faces.getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public void changeNumber() {
        numberAccepted = false;
    }

    public void register() throws IOException {
        if (!humanCheck.passed(faces, FORM_ID)) {
            password = null;
            confirmation = null;
            return;
        }
        String token;
        try {
            token = start();
        } catch (BusinessException refused) {
            // Field errors next to their fields; a refusal of the whole sign-up at the top.
            FieldErrors.show(faces, FORM_ID, refused);
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/inscription/validation.xhtml?jeton=" + token);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public boolean isNumberAccepted() {
        return numberAccepted;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public void setFirstNames(String firstNames) {
        this.firstNames = firstNames;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
