package tg.cnss.eservices.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tg.cnss.eservices.registration.spi.NoInsuredNumberException;

/** "Compte Individuel": the insured person's career, read once per display. */
@Named
@RequestScoped
public class IndividualAccountBacking {

    @Inject
    IndividualAccounts accounts;

    private IndividualAccountView account;
    private Boolean available;

    /** False for an insured account not tied to a number yet (the page says so). */
    public boolean isAvailable() {
        if (available == null) {
            try {
                account = accounts.mine();
                available = true;
            } catch (NoInsuredNumberException none) {
                available = false;
            }
        }
        return available;
    }

    public IndividualAccountView getAccount() {
        return isAvailable() ? account : null;
    }
}
