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

/** The employer's monthly contribution declarations in "Historique des activités". */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DeclarationActivities implements ActivitySource {

    @Resource
    SessionContext session;

    @Inject
    ContributionDeclarations declarations;

    @Override
    public String code() {
        return "DC";
    }

    @Override
    public String label() {
        return "Déclarations de cotisation";
    }

    @Override
    public List<Activity> mine() {
        if (!session.isCallerInRole("EMPLOYER")) {
            return List.of();
        }
        try {
            return declarations.mine().stream()
                    .map(declaration -> new Activity(
                            declaration.reference(),
                            "Déclaration de cotisation",
                            declaration.periodLabel() + " — " + declaration.workerCount() + " travailleur(s), "
                                    + declaration.totalDue().display(),
                            declaration.declaredAt(),
                            declaration.replaced() ? "Remplacée" : "En vigueur",
                            "declaration-cotisation.xhtml#mesDeclarations"))
                    .toList();
        } catch (NoEmployerNumberException none) {
            return List.of(); // an employer account not yet tied to a number has nothing here
        }
    }
}
