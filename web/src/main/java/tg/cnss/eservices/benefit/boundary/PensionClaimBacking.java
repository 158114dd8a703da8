package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.benefit.control.BenefitPayment;
import tg.cnss.eservices.benefit.control.PensionRules;
import tg.cnss.eservices.benefit.control.PensionType;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.RequestFormSteps;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Pension d'invalidité ou de vieillesse": the pension and the departure chosen, the simulation of
 * the account at that date shown as they change (it is attached to the request), where to pay,
 * the documents; then the common preview and confirmation.
 */
@Named
@ViewScoped
public class PensionClaimBacking extends RequestFormSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    PensionClaims claims;

    private PensionClaimStart start;
    private String unavailableReason;
    private PensionRules.Simulation simulation;
    private String type;
    private LocalDate startDate;
    private LocalDate stoppedWorkOn;
    private String channel;
    private String bank;
    private String rib;
    private String operator;
    private String phone;

    /** An account without an insured number is told why, not shown an incident. */
    @PostConstruct
    void load() {
        try {
            start = claims.start();
            startDate = start.proposedStart();
        } catch (BusinessException unavailable) {
            unavailableReason = unavailable.getMessage();
        }
    }

    /** The simulation at the departure chosen (on each change of the pension or of the date). */
    public void simulate() {
        simulation = claims.simulate(type, startDate);
    }

    @Override
    protected String formId() {
        return "pension";
    }

    @Override
    protected void refresh() {
        simulate();
    }

    @Override
    protected List<FieldSection> previewOf(List<UploadedFile> files) {
        return claims.preview(form(), files);
    }

    @Override
    protected RequestReceipt submit(List<UploadedFile> files) {
        return claims.submit(form(), files);
    }

    private PensionClaimForm form() {
        return new PensionClaimForm(
                type, startDate, stoppedWorkOn, new BenefitPaymentForm(channel, bank, rib, operator, phone));
    }

    public boolean isAvailable() {
        return start != null;
    }

    public boolean isInvalidity() {
        return PensionType.INVALIDITY.name().equals(type);
    }

    public boolean isMedical() {
        PensionType chosen = PensionType.of(type);
        return chosen != null && chosen.needsMedicalCertificate();
    }

    public boolean isByBank() {
        return BenefitPayment.BANK.equals(channel);
    }

    public boolean isByMobile() {
        return BenefitPayment.MOBILE.equals(channel);
    }

    public String getUnavailableReason() {
        return unavailableReason;
    }

    public PensionClaimStart getStart() {
        return start;
    }

    public PensionRules.Simulation getSimulation() {
        return simulation;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getStoppedWorkOn() {
        return stoppedWorkOn;
    }

    public void setStoppedWorkOn(LocalDate stoppedWorkOn) {
        this.stoppedWorkOn = stoppedWorkOn;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getRib() {
        return rib;
    }

    public void setRib(String rib) {
        this.rib = rib;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
