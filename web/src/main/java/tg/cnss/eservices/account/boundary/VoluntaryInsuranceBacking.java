package tg.cnss.eservices.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.account.control.VoluntaryInsuranceRules;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Assurance volontaire": the conditions, worked out again as the two answers change (when work
 * ended — the account's last month suggested —, living in Togo); the income and the contribution it
 * makes as it is typed; the ID document and the payslips joined; "Vérifiez vos réponses"
 * (printable), "Confirmer et envoyer". Files are kept by the view until the confirmation;
 * confirming twice in one view keeps the first reference. A member sees the membership and how to
 * pay instead.
 */
@Named
@ViewScoped
public class VoluntaryInsuranceBacking extends RequestFormSteps {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "adhesion";

    @Inject
    VoluntaryInsurance voluntary;

    private VoluntarySituation situation;
    private String unavailableReason;
    private Eligibility eligibility;
    private LocalDate leftWorkOn;
    private Boolean livesInTogo;
    private String monthlyIncome;
    private String idDocumentType;
    private String idDocumentNumber;

    /** An account without an insured number is told why, not shown an incident. */
    @PostConstruct
    void load() {
        try {
            situation = voluntary.situation();
            leftWorkOn = situation.suggestedLeavingDay();
            checkConditions();
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    /** The conditions with the answers as they stand (on each change of either). */
    public void checkConditions() {
        eligibility = voluntary.eligibility(leftWorkOn, livesInTogo);
    }

    @Override
    protected String formId() {
        return FORM;
    }

    @Override
    protected void refresh() {
        checkConditions();
    }

    @Override
    protected List<FieldSection> previewOf(List<UploadedFile> files) {
        return voluntary.preview(form(), files);
    }

    @Override
    protected RequestReceipt submit(List<UploadedFile> files) {
        return voluntary.submit(form(), files);
    }

    private VoluntaryForm form() {
        return new VoluntaryForm(leftWorkOn, livesInTogo, monthlyIncome, idDocumentType, idDocumentNumber);
    }

    /** The contribution of the income typed, or empty while none (or nothing readable) is. */
    public String getContribution() {
        try {
            Francs income = Francs.parse(monthlyIncome);
            return VoluntaryInsuranceRules.contribution(income, situation.ratePercent())
                    .display();
        } catch (IllegalArgumentException notYet) {
            return "";
        }
    }

    public boolean isAvailable() {
        return situation != null;
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public VoluntarySituation getSituation() {
        return situation;
    }

    public Eligibility getEligibility() {
        return eligibility;
    }

    public LocalDate getLeftWorkOn() {
        return leftWorkOn;
    }

    public void setLeftWorkOn(LocalDate leftWorkOn) {
        this.leftWorkOn = leftWorkOn;
    }

    public Boolean getLivesInTogo() {
        return livesInTogo;
    }

    public void setLivesInTogo(Boolean livesInTogo) {
        this.livesInTogo = livesInTogo;
    }

    public String getMonthlyIncome() {
        return monthlyIncome;
    }

    public void setMonthlyIncome(String monthlyIncome) {
        this.monthlyIncome = monthlyIncome;
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
}
