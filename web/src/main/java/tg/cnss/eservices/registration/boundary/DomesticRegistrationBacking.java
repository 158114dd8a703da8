package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.reference.entity.StaffCategory;

/** "Employeur personnel domestique": the manual's form "Demande d'immatriculation d'un employeur domestique". */
@Named
@ViewScoped
public class DomesticRegistrationBacking extends PreRegistrationSteps {

    private static final long serialVersionUID = 1L;

    private String nationality = "Togolaise";
    private String lastName;
    private String firstNames;
    private String activityDescription;
    private String sex;
    private final LinkedHashMap<String, Integer> staff = new LinkedHashMap<>();
    private Integer totalStaff;
    private List<StaffCategory> categories;

    @PostConstruct
    void load() {
        categories = referenceData.staffCategories();
        categories.forEach(category -> staff.put(category.getCode(), 0));
    }

    private DomesticRegistrationForm form() {
        return new DomesticRegistrationForm(
                getPrefectureCode(),
                getTown(),
                getDistrict(),
                nationality,
                lastName,
                firstNames,
                activityDescription,
                getStreet(),
                sex,
                getEmail(),
                getPhone(),
                getFax(),
                new LinkedHashMap<>(staff),
                totalStaff);
    }

    @Override
    protected Map<String, String> previewOf() {
        return preRegistrations.preview(form());
    }

    @Override
    protected String submit() {
        return preRegistrations.submit(form(), clientAddress()).reference();
    }

    public List<StaffCategory> getCategories() {
        return categories;
    }

    public Map<String, Integer> getStaff() {
        return staff;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
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

    public String getActivityDescription() {
        return activityDescription;
    }

    public void setActivityDescription(String activityDescription) {
        this.activityDescription = activityDescription;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public Integer getTotalStaff() {
        return totalStaff;
    }

    public void setTotalStaff(Integer totalStaff) {
        this.totalStaff = totalStaff;
    }
}
