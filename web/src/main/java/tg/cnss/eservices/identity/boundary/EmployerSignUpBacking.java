package tg.cnss.eservices.identity.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/** "Inscription Employeur" (manual II.b.1): N° Immatriculation (Employeur), then "Création de compte". */
@Named
@ViewScoped
public class EmployerSignUpBacking extends SignUpBacking {

    private static final long serialVersionUID = 1L;

    private String companyName;
    private String companyPhone = "+228 ";
    private LocalDate companyCreationDate;

    @Override
    protected void acceptNumber(String number) {
        signUps.checkEmployerNumber(number, clientAddress());
    }

    @Override
    protected String start() {
        return signUps.startEmployer(
                new EmployerSignUpForm(
                        getNumber(),
                        companyName,
                        companyPhone,
                        getLastName(),
                        getFirstNames(),
                        getEmail(),
                        getPhone(),
                        companyCreationDate,
                        getPassword(),
                        getConfirmation()),
                clientAddress());
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCompanyPhone() {
        return companyPhone;
    }

    public void setCompanyPhone(String companyPhone) {
        this.companyPhone = companyPhone;
    }

    public LocalDate getCompanyCreationDate() {
        return companyCreationDate;
    }

    public void setCompanyCreationDate(LocalDate companyCreationDate) {
        this.companyCreationDate = companyCreationDate;
    }
}
