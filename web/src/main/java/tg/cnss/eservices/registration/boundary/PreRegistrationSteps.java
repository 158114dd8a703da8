package tg.cnss.eservices.registration.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.platform.boundary.HumanCheckField;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.Prefecture;

/**
 * The steps shared by the two pre-registration forms: fill in (towns suggested by préfecture),
 * "SOUMETTRE" to the preview "Vérifiez vos réponses", "Confirmer et envoyer", then the
 * confirmation page. Errors from the server's rules are attached to their fields; what was typed
 * stays. Confirming twice in one view keeps the first reference.
 */
public abstract class PreRegistrationSteps implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "preimmatriculation";

    @Inject
    PreRegistrations preRegistrations;

    @Inject
    ReferenceData referenceData;

    @Inject
    PreRegistrationReceipts receipts;

    @Inject
    FacesContext faces;

    // Where the employer is and how to reach it: the same fields on both forms.
    private String prefectureCode;
    private String town;
    private String district;
    private String street;
    private String email;
    private String phone = "+228 ";
    private String fax = "+228 ";
    private Map<String, String> preview;
    private String submittedReference;
    private transient List<Prefecture> prefectures;

    /** The server's checks and the preview fields, or the errors on their fields. */
    protected abstract Map<String, String> previewOf();

    protected abstract String submit();

    /** The visitor's address, as the audit log keeps it: public forms are limited per address. */
    protected String clientAddress() {
        return ((jakarta.servlet.http.HttpServletRequest)
                        faces.getExternalContext().getRequest())
                .getRemoteAddr();
    }

    public void showPreview() {
        try {
            preview = previewOf();
        } catch (InvalidFormException invalid) {
            showErrors(invalid.errors());
        }
    }

    public void edit() {
        preview = null;
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            if (!humanCheck.passed(faces, FORM_ID)) {
                return;
            }
            try {
                submittedReference = submit();
            } catch (InvalidFormException invalid) {
                preview = null;
                showErrors(invalid.errors());
                return;
            }
            receipts.remember(submittedReference);
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(
                external.getRequestContextPath() + "/preimmatriculation/confirmation.xhtml?ref=" + submittedReference);
    }

    /** The public form's human check, answered before anything is sent. */
    private final HumanCheckField humanCheck = new HumanCheckField();

    public HumanCheckField getHumanCheck() {
        return humanCheck;
    }

    private void showErrors(Map<String, String> errors) {
        FieldErrors.show(faces, FORM_ID, errors);
    }

    public List<Prefecture> getPrefectures() {
        if (prefectures == null) {
            prefectures = referenceData.prefectures();
        }
        return prefectures;
    }

    /** The towns of the chosen préfecture, suggested (not imposed) in the "Ville" field. */
    public List<String> getTowns() {
        String code = prefectureCode;
        return code == null
                ? List.of()
                : referenceData.townsOf(code).stream()
                        .map(town -> town.getName())
                        .toList();
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public Map<String, String> getPreview() {
        return preview;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
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

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }
}
