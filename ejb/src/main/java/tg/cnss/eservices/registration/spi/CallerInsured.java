package tg.cnss.eservices.registration.spi;

import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * The insured person a signed-in insured account is: the number its sign-up tied it to. Implemented
 * by {@code identity}, which owns the accounts (as {@link CallerEmployer} for employers).
 */
public interface CallerInsured {

    /**
     * The insured number of the account {@code email}.
     *
     * @throws NoInsuredNumberException when the account has none
     */
    InsuredNumber of(String email);
}
