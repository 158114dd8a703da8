package tg.cnss.eservices.registration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.IdDocumentKind;
import tg.cnss.eservices.reference.entity.IdDocumentType;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.request.boundary.AttachedFiles;
import tg.cnss.eservices.request.boundary.AttachmentLine;
import tg.cnss.eservices.request.boundary.Requests;

/**
 * The steps of a worker registration, the employer's and the worker's own: fill in and join the
 * scans, "SOUMETTRE" to the preview "Vérifiez vos réponses" (printable), "Confirmer et envoyer".
 * Files are checked as soon as they are sent and kept by the view until the confirmation, so that
 * going back to edit loses none; the server's errors go to their fields, what was typed stays;
 * confirming twice in one view keeps the first reference.
 */
public abstract class WorkerRegistrationSteps implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "immatriculation";

    @Inject
    WorkerRegistrations registrations;

    @Inject
    Requests requests;

    @Inject
    ReferenceData referenceData;

    @Inject
    FacesContext faces;

    private String lastName;
    private String firstNames;
    private String sex;
    private LocalDate birthDate;
    private String birthPlace;
    private String nationality = "Togolaise";
    private String civilStatusType;
    private String civilStatusNumber;
    private LocalDate civilStatusDate;
    private String civilStatusPlace;
    private String idDocumentType;
    private String idDocumentNumber;
    private String address;
    private String phone = "+228 ";
    private String email;
    private LocalDate hireDate;
    private String job;
    private Long monthlyPay;
    private String contractType;
    private String insuredNumber;
    private transient List<Part> files;
    private final AttachedFiles attached = new AttachedFiles();
    private WorkerRegistrationPreview preview;
    private String submittedReference;

    /** The employer's number the form is for: none on the employer's own form (his, from his account). */
    protected String employerNumber() {
        return null;
    }

    protected abstract WorkerRegistrationPreview previewOf(WorkerRegistrationForm form, List<UploadedFile> files);

    protected abstract String submit(WorkerRegistrationForm form, List<UploadedFile> files);

    /** Where the confirmed request is shown. */
    protected abstract String confirmationPath(String reference);

    /** A check before sending (the public form's human check); true when nothing stops it. */
    protected boolean mayConfirm() {
        return true;
    }

    protected WorkerRegistrationForm form() {
        return new WorkerRegistrationForm(
                employerNumber(),
                lastName,
                firstNames,
                sex,
                birthDate,
                birthPlace,
                nationality,
                civilStatusType,
                civilStatusNumber,
                civilStatusDate,
                civilStatusPlace,
                idDocumentType,
                idDocumentNumber,
                address,
                phone,
                email,
                hireDate,
                job,
                monthlyPay,
                contractType,
                insuredNumber);
    }

    public void showPreview() {
        if (!joinNewFiles()) {
            return;
        }
        try {
            preview = previewOf(form(), attached.files());
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM_ID, refused);
        }
    }

    public void edit() {
        preview = null;
    }

    public void remove(int index) {
        attached.remove(index, requests::check);
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            if (!mayConfirm()) {
                return;
            }
            try {
                submittedReference = submit(form(), attached.files());
            } catch (BusinessException refused) {
                preview = null;
                FieldErrors.show(faces, FORM_ID, refused);
                return;
            }
        }
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + confirmationPath(submittedReference));
    }

    /** Adds the files just sent to those already joined, if all of them are acceptable together. */
    private boolean joinNewFiles() {
        boolean joined = attached.joinOrSay(files, requests::check, message -> FieldErrors.show(faces, message));
        files = null;
        return joined;
    }

    public List<IdDocumentType> getIdentityDocuments() {
        return documents(IdDocumentKind.IDENTITY);
    }

    public List<IdDocumentType> getCivilStatusDocuments() {
        return documents(IdDocumentKind.CIVIL_STATUS);
    }

    private List<IdDocumentType> documents(IdDocumentKind kind) {
        return referenceData.idDocumentTypes().stream()
                .filter(document -> document.getKind() == kind)
                .toList();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public WorkerRegistrationPreview getPreview() {
        return preview;
    }

    public List<AttachmentLine> getAttachedLines() {
        return attached.lines();
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
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

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getCivilStatusType() {
        return civilStatusType;
    }

    public void setCivilStatusType(String civilStatusType) {
        this.civilStatusType = civilStatusType;
    }

    public String getCivilStatusNumber() {
        return civilStatusNumber;
    }

    public void setCivilStatusNumber(String civilStatusNumber) {
        this.civilStatusNumber = civilStatusNumber;
    }

    public LocalDate getCivilStatusDate() {
        return civilStatusDate;
    }

    public void setCivilStatusDate(LocalDate civilStatusDate) {
        this.civilStatusDate = civilStatusDate;
    }

    public String getCivilStatusPlace() {
        return civilStatusPlace;
    }

    public void setCivilStatusPlace(String civilStatusPlace) {
        this.civilStatusPlace = civilStatusPlace;
    }

    public String getIdDocumentType() {
        return idDocumentType;
    }

    public void setIdDocumentType(String idDocumentType) {
        this.idDocumentType = idDocumentType;
    }

    public String getIdDocumentNumber() {
        return idDocumentNumber;
    }

    public void setIdDocumentNumber(String idDocumentNumber) {
        this.idDocumentNumber = idDocumentNumber;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public Long getMonthlyPay() {
        return monthlyPay;
    }

    public void setMonthlyPay(Long monthlyPay) {
        this.monthlyPay = monthlyPay;
    }

    public String getContractType() {
        return contractType;
    }

    public void setContractType(String contractType) {
        this.contractType = contractType;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public void setInsuredNumber(String insuredNumber) {
        this.insuredNumber = insuredNumber;
    }
}
