package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.registration.spi.CallerInsured;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * The insured person behind a signed-in insured account, as the requests of the insured space
 * need them: the number, the registry's record, the account the request belongs to and the name
 * to print (the registry's, or the account's when the registry has no record yet).
 */
@Dependent
public class InsuredCaller {

    @Inject
    CallerInsured callerInsured;

    @Inject
    InsuredRegistry insured;

    @Inject
    Requesters requesters;

    public InsuredNumber number(String principal) {
        return callerInsured.of(principal);
    }

    public Optional<InsuredPerson> person(InsuredNumber number) {
        return insured.findByNumber(number);
    }

    public Requesters.Account account(String principal) {
        return requesters.byPrincipal(principal).orElseThrow(() -> new IllegalStateException("Compte introuvable"));
    }

    public String fullName(String principal) {
        return person(number(principal))
                .map(person -> person.getFirstNames() + " " + person.getLastName())
                .orElseGet(() -> account(principal).fullName());
    }
}
