package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Déclaration de maladie professionnelle": the employer, the disease chosen from the list by group
 * (with its table number), the exposure, the first medical finding and the certificate; then the
 * common preview and confirmation.
 */
@Named
@ViewScoped
public class OccupationalDiseaseBacking extends RequestFormSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    OccupationalDiseases diseases;

    private OccupationalDiseaseStart start;
    private String unavailableReason;
    private String employer;
    private String job;
    private String tableNumber;
    private String exposure;
    private LocalDate exposedFrom;
    private LocalDate exposedTo;
    private LocalDate firstFinding;
    private String doctor;

    /** An account without an insured number is told why, not shown an incident. */
    @PostConstruct
    void load() {
        try {
            start = diseases.start();
            if (start.employers().size() == 1) {
                employer = start.employers().get(0).number();
                job = start.employers().get(0).job();
            }
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    @Override
    protected String formId() {
        return "maladie";
    }

    @Override
    protected List<FieldSection> previewOf(List<UploadedFile> files) {
        return diseases.preview(form(), files);
    }

    @Override
    protected RequestReceipt submit(List<UploadedFile> files) {
        return diseases.submit(form(), files);
    }

    private OccupationalDiseaseForm form() {
        return new OccupationalDiseaseForm(
                employer, job, tableNumber, exposure, exposedFrom, exposedTo, firstFinding, doctor);
    }

    /** The list by group, as options grouped under each group's label. */
    public List<SelectItem> getDiseaseGroups() {
        return start.groups().stream()
                .map(group -> (SelectItem) new SelectItemGroup(
                        group.label(),
                        null,
                        false,
                        group.diseases().stream()
                                .map(disease -> new SelectItem(
                                        disease.tableNumber(), disease.tableNumber() + " — " + disease.label()))
                                .toList()))
                .toList();
    }

    public boolean isAvailable() {
        return start != null;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public OccupationalDiseaseStart getStart() {
        return start;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public String getTableNumber() {
        return tableNumber;
    }

    public void setTableNumber(String tableNumber) {
        this.tableNumber = tableNumber;
    }

    public String getExposure() {
        return exposure;
    }

    public void setExposure(String exposure) {
        this.exposure = exposure;
    }

    public LocalDate getExposedFrom() {
        return exposedFrom;
    }

    public void setExposedFrom(LocalDate exposedFrom) {
        this.exposedFrom = exposedFrom;
    }

    public LocalDate getExposedTo() {
        return exposedTo;
    }

    public void setExposedTo(LocalDate exposedTo) {
        this.exposedTo = exposedTo;
    }

    public LocalDate getFirstFinding() {
        return firstFinding;
    }

    public void setFirstFinding(LocalDate firstFinding) {
        this.firstFinding = firstFinding;
    }

    public String getDoctor() {
        return doctor;
    }

    public void setDoctor(String doctor) {
        this.doctor = doctor;
    }
}
