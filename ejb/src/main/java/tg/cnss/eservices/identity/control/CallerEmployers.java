package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.spi.CallerEmployer;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/** The employer an employer account acts for: the number its sign-up tied it to. */
@Dependent
public class CallerEmployers implements CallerEmployer {

    @Inject
    AccountRepository accounts;

    /** The employer number of the account {@code email}. */
    @Override
    public EmployerNumber of(String email) {
        UserAccount account = accounts.getByEmail(new EmailAddress(email));
        if (account.getRegistrationNumber() == null) {
            throw new NoEmployerNumberException();
        }
        return EmployerNumber.parse(account.getRegistrationNumber());
    }
}
