package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.benefit.control.MaternityAllowanceRules;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "I.J.M": the birth and work-stop dates; the conditions and the estimate worked out again as they
 * change; the documents; then the common preview and confirmation.
 */
@Named
@ViewScoped
public class MaternityAllowanceBacking extends RequestFormSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    MaternityAllowances allowances;

    private MaternityStart start;
    private String unavailableReason;
    private Eligibility eligibility;
    private MaternityAllowanceRules.Estimate estimate;
    private LocalDate expectedBirth;
    private LocalDate actualBirth;
    private LocalDate stopFrom;
    private LocalDate stopTo;

    @PostConstruct
    void load() {
        try {
            start = allowances.start();
            workOut();
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    /** The conditions and the estimate for the dates as they stand (on each change). */
    public void workOut() {
        eligibility = allowances.eligibility(expectedBirth, stopFrom);
        estimate = allowances.estimate(stopFrom, stopTo);
    }

    @Override
    protected String formId() {
        return "ijm";
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

    private MaternityForm form() {
        return new MaternityForm(expectedBirth, actualBirth, stopFrom, stopTo);
    }

    public boolean isAvailable() {
        return start != null;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public MaternityStart getStart() {
        return start;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public String getUnconfirmed() {
        return MaternityAllowanceRules.UNCONFIRMED;
    }

    public MaternityAllowanceRules.Estimate getEstimate() {
        return estimate;
    }

    public LocalDate getExpectedBirth() {
        return expectedBirth;
    }

    public void setExpectedBirth(LocalDate expectedBirth) {
        this.expectedBirth = expectedBirth;
    }

    public LocalDate getActualBirth() {
        return actualBirth;
    }

    public void setActualBirth(LocalDate actualBirth) {
        this.actualBirth = actualBirth;
    }

    public LocalDate getStopFrom() {
        return stopFrom;
    }

    public void setStopFrom(LocalDate stopFrom) {
        this.stopFrom = stopFrom;
    }

    public LocalDate getStopTo() {
        return stopTo;
    }

    public void setStopTo(LocalDate stopTo) {
        this.stopTo = stopTo;
    }
}
