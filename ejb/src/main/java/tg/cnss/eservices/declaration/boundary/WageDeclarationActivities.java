package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;
import tg.cnss.eservices.request.spi.ActivitySource;

/** The employer's DNR in "Historique des activités". */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WageDeclarationActivities implements ActivitySource {

    @Resource
    SessionContext session;

    @Inject
    WageDeclarations declarations;

    @Override
    public String code() {
        return "DN";
    }

    @Override
    public String label() {
        return "DNR";
    }

    @Override
    public List<Activity> mine() {
        if (!session.isCallerInRole("EMPLOYER")) {
            return List.of();
        }
        try {
            return declarations.mine().stream()
                    .map(dnr -> new Activity(
                            dnr.reference(),
                            "DNR",
                            dnr.quarterLabel() + " — " + dnr.workerCount() + " travailleur(s), "
                                    + dnr.quarterTotal().display() + " (" + dnr.sourceLabel() + ")",
                            dnr.declaredAt(),
                            dnr.replaced() ? "Remplacée" : "En vigueur",
                            "dnr-en-ligne.xhtml"))
                    .toList();
        } catch (NoEmployerNumberException none) {
            return List.of(); // an employer account not yet tied to a number has nothing here
        }
    }
}
