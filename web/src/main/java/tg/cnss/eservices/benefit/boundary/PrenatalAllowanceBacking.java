package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Allocation prénatale": the future mother, the expected birth and the examinations' dates; the
 * three instalments worked out as the dates are typed (window, due, lost — said plainly); a scan of
 * each examination; then the common preview and confirmation.
 */
@Named
@ViewScoped
public class PrenatalAllowanceBacking extends RequestFormSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    PrenatalAllowances allowances;

    private PrenatalStart start;
    private String unavailableReason;
    private List<PrenatalAllowanceRules.Instalment> instalments = List.of();
    private String mother;
    private LocalDate expectedBirth;
    private LocalDate firstExam;
    private LocalDate secondExam;
    private LocalDate thirdExam;

    @PostConstruct
    void load() {
        try {
            start = allowances.start();
            if (start.mothers().size() == 1) {
                mother = start.mothers().get(0).code();
            }
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    /** The instalments for the dates as they stand (on each change). */
    public void workOut() {
        instalments = allowances.instalments(expectedBirth, firstExam, secondExam, thirdExam);
    }

    public String getTotalDue() {
        return PrenatalAllowanceRules.totalDue(instalments).display();
    }

    public boolean isAnyDue() {
        return PrenatalAllowanceRules.totalDue(instalments).compareTo(Francs.ZERO) > 0;
    }

    @Override
    protected String formId() {
        return "prenatale";
    }

    @Override
    protected void refresh() {
        workOut();
    }

    @Override
    protected List<FieldSection> previewOf(List<UploadedFile> files) {
        return allowances.preview(form(), files);
    }

    @Override
    protected RequestReceipt submit(List<UploadedFile> files) {
        return allowances.submit(form(), files);
    }

    private PrenatalForm form() {
        return new PrenatalForm(mother, expectedBirth, firstExam, secondExam, thirdExam);
    }

    public boolean isAvailable() {
        return start != null;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public PrenatalStart getStart() {
        return start;
    }

    public List<PrenatalAllowanceRules.Instalment> getInstalments() {
        return instalments;
    }

    public String getMother() {
        return mother;
    }

    public void setMother(String mother) {
        this.mother = mother;
    }

    public LocalDate getExpectedBirth() {
        return expectedBirth;
    }

    public void setExpectedBirth(LocalDate expectedBirth) {
        this.expectedBirth = expectedBirth;
    }

    public LocalDate getFirstExam() {
        return firstExam;
    }

    public void setFirstExam(LocalDate firstExam) {
        this.firstExam = firstExam;
    }

    public LocalDate getSecondExam() {
        return secondExam;
    }

    public void setSecondExam(LocalDate secondExam) {
        this.secondExam = secondExam;
    }

    public LocalDate getThirdExam() {
        return thirdExam;
    }

    public void setThirdExam(LocalDate thirdExam) {
        this.thirdExam = thirdExam;
    }
}
