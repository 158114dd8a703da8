package tg.cnss.eservices.identity.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;

/** "Inscription Assuré" (manual II.b.2): N° Immatriculation (Assuré), then "Création de compte". */
@Named
@ViewScoped
public class InsuredSignUpBacking extends SignUpBacking {

    private static final long serialVersionUID = 1L;

    private String employerNumber;
    private LocalDate birthDate;

    @Override
    protected void acceptNumber(String number) {
        signUps.checkInsuredNumber(number, clientAddress());
    }

    @Override
    protected String start() {
        return signUps.startInsured(
                new InsuredSignUpForm(
                        getNumber(),
                        employerNumber,
                        getLastName(),
                        getFirstNames(),
                        getEmail(),
                        getPhone(),
                        birthDate,
                        getPassword(),
                        getConfirmation()),
                clientAddress());
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public void setEmployerNumber(String employerNumber) {
        this.employerNumber = employerNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
}
