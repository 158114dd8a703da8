package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.request.boundary.RequestReceipt;

/**
 * "Modifier mes infos": the form (current details pre-filled), then the changes old → new with
 * the codes sent to a new e-mail address or phone number, then the request's reference.
 */
@Named
@ViewScoped
public class ProfileChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "modification";

    @Inject
    ProfileChanges profileChanges;

    @Inject
    FacesContext faces;

    private boolean contactNameEditable;
    private String contactName;
    private String email;
    private String phone;
    private String reason;
    private String emailCode;
    private String phoneCode;
    private ProfileChangePreview preview;
    private RequestReceipt receipt;

    @PostConstruct
    void load() {
        ProfileForm current = profileChanges.current();
        contactNameEditable = profileChanges.mayChangeContactName();
        contactName = current.contactName();
        email = current.email();
        phone = current.phone();
    }

    public void prepare() {
        try {
            preview = profileChanges.prepare(form());
        } catch (BusinessException e) {
            FieldErrors.show(faces, FORM, e);
        }
    }

    public void submit() {
        try {
            receipt = profileChanges.submit(form(), reason, emailCode, phoneCode);
            preview = null;
        } catch (BusinessException e) {
            FieldErrors.show(faces, FORM, e);
        }
    }

    /** Back to the form, keeping what was typed. */
    public void change() {
        preview = null;
        emailCode = null;
        phoneCode = null;
    }

    private ProfileForm form() {
        return new ProfileForm(contactNameEditable ? contactName : null, email, phone);
    }

    public boolean isContactNameEditable() {
        return contactNameEditable;
    }

    public ProfileChangePreview getPreview() {
        return preview;
    }

    public RequestReceipt getReceipt() {
        return receipt;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEmailCode() {
        return emailCode;
    }

    public void setEmailCode(String emailCode) {
        this.emailCode = emailCode;
    }

    public String getPhoneCode() {
        return phoneCode;
    }

    public void setPhoneCode(String phoneCode) {
        this.phoneCode = phoneCode;
    }
}
