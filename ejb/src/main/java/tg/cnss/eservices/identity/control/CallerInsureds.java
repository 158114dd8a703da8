package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.spi.CallerInsured;
import tg.cnss.eservices.registration.spi.NoInsuredNumberException;

/** The insured person an insured account is: the number its sign-up tied it to. */
@Dependent
public class CallerInsureds implements CallerInsured {

    @Inject
    AccountRepository accounts;

    @Override
    public InsuredNumber of(String email) {
        UserAccount account = accounts.getByEmail(new EmailAddress(email));
        if (account.getRegistrationNumber() == null) {
            throw new NoInsuredNumberException();
        }
        return InsuredNumber.parse(account.getRegistrationNumber());
    }
}
