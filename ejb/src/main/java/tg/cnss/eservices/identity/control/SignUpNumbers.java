package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import tg.cnss.eservices.identity.boundary.SignUpRefusedException;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * The registration numbers of sign-up: read as typed, found in the registries, and whether an
 * account already holds them — each refusal with its own French message.
 */
@Dependent
public class SignUpNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    EmployerRegistry employers;

    @Inject
    InsuredRegistry insured;

    public static EmployerNumber employerNumber(String typed) {
        try {
            return EmployerNumber.parse(typed == null ? "" : typed);
        } catch (InvalidNumberException invalid) {
            throw new SignUpRefusedException(invalid.getMessage());
        }
    }

    public static InsuredNumber insuredNumber(String typed) {
        try {
            return InsuredNumber.parse(typed == null ? "" : typed);
        } catch (InvalidNumberException invalid) {
            throw new SignUpRefusedException(invalid.getMessage());
        }
    }

    public Employer registeredEmployer(EmployerNumber number) {
        return employers
                .findByNumber(number)
                .orElseThrow(() -> new SignUpRefusedException("Aucun employeur n'est immatriculé sous le numéro "
                        + number.display() + ". Vérifiez-le sur votre"
                        + " attestation d'immatriculation ; si vous n'êtes pas encore immatriculé, faites d'abord la"
                        + " pré-immatriculation (menu « Pré-Immatriculation en ligne »)."));
    }

    public void registeredInsured(InsuredNumber number) {
        if (insured.findByNumber(number).isEmpty()) {
            throw new SignUpRefusedException("Aucun assuré n'est immatriculé sous le numéro " + number.display()
                    + ". Vérifiez-le sur votre carte d'assuré ou demandez-le à votre employeur.");
        }
    }

    /** The account of this registry number, if one is not refused. */
    public Optional<UserAccount> accountOf(String canonicalNumber) {
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.registrationNumber = :number"
                                + " AND a.state <> tg.cnss.eservices.identity.entity.AccountState.REJECTED",
                        UserAccount.class)
                .setParameter("number", canonicalNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public boolean hasAccount(String canonicalNumber) {
        return accountOf(canonicalNumber).isPresent();
    }

    public void refuseIfSignedUp(String canonicalNumber, String who) {
        if (hasAccount(canonicalNumber)) {
            throw new SignUpRefusedException(
                    "Un compte existe déjà pour " + who + " : connectez-vous avec son adresse"
                            + " e-mail, ou utilisez « Mot de passe oublié ? ». Si le compte n'est pas le vôtre, contactez la CNSS.");
        }
    }
}
