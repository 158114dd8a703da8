package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.benefit.control.WorkAccidentRules;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Déclaration d'accident de travail": the official form's three parts — employer (chosen; the
 * roster's job and hiring date proposed), victim, accident — the deadlines shown as soon as the
 * date is given, the medical certificate; then the common preview and confirmation.
 */
@Named
@ViewScoped
public class WorkAccidentBacking extends RequestFormSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkAccidents accidents;

    private WorkAccidentStart start;
    private String unavailableReason;
    private String employer;
    private String sex;
    private String maritalStatus;
    private String nationality;
    private String job;
    private LocalDate hireDate;
    private Boolean previousAccident;
    private String previousAccidentDetail;
    private LocalDate accidentDate;
    private String accidentTime;
    private String place;
    private String where;
    private String circumstances;
    private String workedFrom;
    private String workedTo;
    private String witnesses;
    private String otherVictims;
    private String injuries;

    /** An account without an insured number is told why, not shown an incident. */
    @PostConstruct
    void load() {
        try {
            start = accidents.start();
            sex = start.sex();
            nationality = "Togolaise";
            if (start.employers().size() == 1) {
                employer = start.employers().get(0).number();
                employerChosen();
            }
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    @Override
    protected String formId() {
        return "accident";
    }

    @Override
    protected List<FieldSection> previewOf(List<UploadedFile> files) {
        return accidents.preview(form(), files);
    }

    @Override
    protected RequestReceipt submit(List<UploadedFile> files) {
        return accidents.submit(form(), files);
    }

    private WorkAccidentForm form() {
        return new WorkAccidentForm(
                employer,
                sex,
                maritalStatus,
                nationality,
                job,
                hireDate,
                previousAccident,
                previousAccidentDetail,
                accidentDate,
                accidentTime,
                place,
                where,
                circumstances,
                workedFrom,
                workedTo,
                witnesses,
                otherVictims,
                injuries);
    }

    /** The roster's job and hiring date for the employer chosen, when the fields are still empty. */
    public void employerChosen() {
        start.employers().stream()
                .filter(choice -> choice.number().equals(employer))
                .findFirst()
                .ifPresent(choice -> {
                    if (job == null || job.isBlank()) {
                        job = choice.job();
                    }
                    if (hireDate == null) {
                        hireDate = choice.hireDate();
                    }
                });
    }

    /** The employer's deadline for the accident's date, once given. */
    public LocalDate getEmployerDeadline() {
        return accidentDate == null ? null : WorkAccidentRules.employerDeadline(accidentDate);
    }

    /** The victim's deadline for the accident's date, once given. */
    public LocalDate getVictimDeadline() {
        return accidentDate == null ? null : WorkAccidentRules.victimDeadline(accidentDate);
    }

    public boolean isAvailable() {
        return start != null;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public WorkAccidentStart getStart() {
        return start;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getMaritalStatus() {
        return maritalStatus;
    }

    public void setMaritalStatus(String maritalStatus) {
        this.maritalStatus = maritalStatus;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getJob() {
        return job;
    }

    public void setJob(String job) {
        this.job = job;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public Boolean getPreviousAccident() {
        return previousAccident;
    }

    public void setPreviousAccident(Boolean previousAccident) {
        this.previousAccident = previousAccident;
    }

    public String getPreviousAccidentDetail() {
        return previousAccidentDetail;
    }

    public void setPreviousAccidentDetail(String previousAccidentDetail) {
        this.previousAccidentDetail = previousAccidentDetail;
    }

    public LocalDate getAccidentDate() {
        return accidentDate;
    }

    public void setAccidentDate(LocalDate accidentDate) {
        this.accidentDate = accidentDate;
    }

    public String getAccidentTime() {
        return accidentTime;
    }

    public void setAccidentTime(String accidentTime) {
        this.accidentTime = accidentTime;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getWhere() {
        return where;
    }

    public void setWhere(String where) {
        this.where = where;
    }

    public String getCircumstances() {
        return circumstances;
    }

    public void setCircumstances(String circumstances) {
        this.circumstances = circumstances;
    }

    public String getWorkedFrom() {
        return workedFrom;
    }

    public void setWorkedFrom(String workedFrom) {
        this.workedFrom = workedFrom;
    }

    public String getWorkedTo() {
        return workedTo;
    }

    public void setWorkedTo(String workedTo) {
        this.workedTo = workedTo;
    }

    public String getWitnesses() {
        return witnesses;
    }

    public void setWitnesses(String witnesses) {
        this.witnesses = witnesses;
    }

    public String getOtherVictims() {
        return otherVictims;
    }

    public void setOtherVictims(String otherVictims) {
        this.otherVictims = otherVictims;
    }

    public String getInjuries() {
        return injuries;
    }

    public void setInjuries(String injuries) {
        this.injuries = injuries;
    }
}
