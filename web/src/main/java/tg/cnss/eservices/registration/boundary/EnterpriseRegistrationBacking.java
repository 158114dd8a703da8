package tg.cnss.eservices.registration.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;

/** "Employeur GE & PME": the manual's form "Demande d'immatriculation d'un employeur". */
@Named
@ViewScoped
public class EnterpriseRegistrationBacking extends PreRegistrationSteps {

    private static final long serialVersionUID = 1L;

    private String denomination;
    private String acronym;
    private String operatorCard;
    private String poBox;
    private String tradeRegister;
    private LocalDate officialJournalDate;
    private LocalDate firstHiringDate;
    private Integer totalStaff;
    private String headOfficeAddress;

    private EnterpriseRegistrationForm form() {
        return new EnterpriseRegistrationForm(
                denomination,
                acronym,
                operatorCard,
                getPrefectureCode(),
                getTown(),
                getDistrict(),
                getStreet(),
                poBox,
                tradeRegister,
                getEmail(),
                getPhone(),
                getFax(),
                officialJournalDate,
                firstHiringDate,
                totalStaff,
                headOfficeAddress);
    }

    @Override
    protected Map<String, String> previewOf() {
        return preRegistrations.preview(form());
    }

    @Override
    protected String submit() {
        return preRegistrations.submit(form(), clientAddress()).reference();
    }

    public String getDenomination() {
        return denomination;
    }

    public void setDenomination(String denomination) {
        this.denomination = denomination;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getOperatorCard() {
        return operatorCard;
    }

    public void setOperatorCard(String operatorCard) {
        this.operatorCard = operatorCard;
    }

    public String getPoBox() {
        return poBox;
    }

    public void setPoBox(String poBox) {
        this.poBox = poBox;
    }

    public String getTradeRegister() {
        return tradeRegister;
    }

    public void setTradeRegister(String tradeRegister) {
        this.tradeRegister = tradeRegister;
    }

    public LocalDate getOfficialJournalDate() {
        return officialJournalDate;
    }

    public void setOfficialJournalDate(LocalDate officialJournalDate) {
        this.officialJournalDate = officialJournalDate;
    }

    public LocalDate getFirstHiringDate() {
        return firstHiringDate;
    }

    public void setFirstHiringDate(LocalDate firstHiringDate) {
        this.firstHiringDate = firstHiringDate;
    }

    public Integer getTotalStaff() {
        return totalStaff;
    }

    public void setTotalStaff(Integer totalStaff) {
        this.totalStaff = totalStaff;
    }

    public String getHeadOfficeAddress() {
        return headOfficeAddress;
    }

    public void setHeadOfficeAddress(String headOfficeAddress) {
        this.headOfficeAddress = headOfficeAddress;
    }
}
