package tg.cnss.eservices.registration.boundary;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Déclaration d'enfant" and "Déclaration de conjoint": fill in and join the civil-status
 * document, "Vérifiez vos réponses" (printable), "Confirmer et envoyer". Files are checked as soon
 * as they are sent and kept by the view until the confirmation; the server's errors go to their
 * fields, what was typed stays; confirming twice in one view keeps the first reference. The
 * dependants already accepted are listed above the form.
 */
public abstract class DependantDeclarationSteps extends RequestFormSteps {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "declaration";

    @Inject
    Dependants dependants;

    private String lastName;
    private String firstNames;
    private String sex;
    private LocalDate birthDate;
    private String birthPlace;
    private String certificateNumber;
    private String otherParent;
    private LocalDate marriageDate;
    private String marriagePlace;
    private String ownInsuredNumber;
    private String occupation;
    private List<DependantLine> declared;

    protected abstract DependantRelation relation();

    private DependantForm form() {
        return new DependantForm(
                lastName,
                firstNames,
                sex,
                birthDate,
                birthPlace,
                certificateNumber,
                otherParent,
                marriageDate,
                marriagePlace,
                ownInsuredNumber,
                occupation);
    }

    @Override
    protected String formId() {
        return FORM_ID;
    }

    @Override
    protected List<FieldSection> previewOf(List<UploadedFile> files) {
        return dependants.preview(relation(), form(), files);
    }

    @Override
    protected RequestReceipt submit(List<UploadedFile> files) {
        return dependants.declare(relation(), form(), files);
    }

    /** The dependants of this relation Prestations already accepted. */
    public List<DependantLine> getDeclared() {
        if (declared == null) {
            String label = relation().label();
            declared = dependants.mine().stream()
                    .filter(line -> line.relation().equals(label))
                    .toList();
        }
        return declared;
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

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public String getOtherParent() {
        return otherParent;
    }

    public void setOtherParent(String otherParent) {
        this.otherParent = otherParent;
    }

    public LocalDate getMarriageDate() {
        return marriageDate;
    }

    public void setMarriageDate(LocalDate marriageDate) {
        this.marriageDate = marriageDate;
    }

    public String getMarriagePlace() {
        return marriagePlace;
    }

    public void setMarriagePlace(String marriagePlace) {
        this.marriagePlace = marriagePlace;
    }

    public String getOwnInsuredNumber() {
        return ownInsuredNumber;
    }

    public void setOwnInsuredNumber(String ownInsuredNumber) {
        this.ownInsuredNumber = ownInsuredNumber;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }
}
