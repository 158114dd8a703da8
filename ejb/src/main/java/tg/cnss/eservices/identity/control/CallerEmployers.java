package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/** The employer an employer account acts for: the number its sign-up tied it to. */
@Dependent
public class CallerEmployers {

    @Inject
    AccountRepository accounts;

    /** The canonical employer number of the account {@code email} ("E1000000123"). */
    public EmployerNumber of(String email) {
        UserAccount account = accounts.getByEmail(new EmailAddress(email));
        if (account.getRegistrationNumber() == null) {
            throw new IllegalStateException("Compte employeur sans numéro employeur : " + email);
        }
        return EmployerNumber.parse(account.getRegistrationNumber());
    }
}
