package tg.cnss.eservices.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An employer of the CNSS registry, with its number. Made when the Immatriculation department
 * approves a pre-registration (or imported from the CNSS's own registry); sign-up checks against it.
 */
@Entity
@Table(name = "employer")
public class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "cnss_ids")
    private Long id;

    @Column(name = "employer_number", nullable = false, length = 11, unique = true)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private EmployerCategory category;

    @Column(name = "name", nullable = false, length = 150)
    private String name;

    @Column(name = "acronym", length = 50)
    private String acronym;

    @Column(name = "operator_card", length = 30)
    private String operatorCard;

    @Column(name = "trade_register", length = 40)
    private String tradeRegister;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "prefecture_code", nullable = false, length = 30)
    private String prefectureCode;

    @Column(name = "town", nullable = false, length = 80)
    private String town;

    @Column(name = "district", nullable = false, length = 80)
    private String district;

    @Column(name = "address", length = 200)
    private String address;

    @Column(name = "first_hiring_date")
    private LocalDate firstHiringDate;

    @Column(name = "staff_count", nullable = false)
    private int staffCount;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** The pre-registration it came from, if any. */
    @Column(name = "request_reference", length = 20)
    private String requestReference;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Employer() {
        // for JPA
    }

    /** What identifies and locates an employer; contact and legal details are set with {@link #describe}. */
    public Employer(
            EmployerNumber number,
            EmployerCategory category,
            String name,
            String prefectureCode,
            String town,
            String district,
            int staffCount,
            Instant registeredAt) {
        this.number = number.canonical();
        this.category = Objects.requireNonNull(category);
        this.name = Objects.requireNonNull(name);
        this.prefectureCode = Objects.requireNonNull(prefectureCode);
        this.town = Objects.requireNonNull(town);
        this.district = Objects.requireNonNull(district);
        this.staffCount = staffCount;
        this.registeredAt = Objects.requireNonNull(registeredAt);
    }

    public void describe(
            String acronym,
            String operatorCard,
            String tradeRegister,
            String email,
            String phone,
            String address,
            LocalDate firstHiringDate,
            String requestReference) {
        this.acronym = acronym;
        this.operatorCard = operatorCard;
        this.tradeRegister = tradeRegister;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.firstHiringDate = firstHiringDate;
        this.requestReference = requestReference;
    }

    public Long getId() {
        return id;
    }

    public EmployerNumber getNumber() {
        return EmployerNumber.parse(number);
    }

    public EmployerCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    /**
     * Whether a typed company name is this one, read as people write it: case, accents, dots,
     * hyphens, apostrophes and spacing aside ("Sté Togolaise de Démo S.A.R.L." is not "Société…":
     * the sign-up says so and the applicant types it as on the registration certificate).
     */
    public boolean isNamed(String typed) {
        return !comparable(typed).isEmpty() && comparable(name).equals(comparable(typed));
    }

    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{Alnum}]+", "")
                .toUpperCase(java.util.Locale.ROOT);
    }

    public String getAcronym() {
        return acronym;
    }

    public String getOperatorCard() {
        return operatorCard;
    }

    public String getTradeRegister() {
        return tradeRegister;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public String getTown() {
        return town;
    }

    public String getDistrict() {
        return district;
    }

    public String getAddress() {
        return address;
    }

    public LocalDate getFirstHiringDate() {
        return firstHiringDate;
    }

    public int getStaffCount() {
        return staffCount;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRequestReference() {
        return requestReference;
    }
}
