package tg.cnss.eservices.registration.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import tg.cnss.eservices.registration.entity.DependantRelation;

/** "Déclaration de conjoint" (manual, Espace Assurés item 3). */
@Named
@ViewScoped
public class SpouseDeclarationBacking extends DependantDeclarationSteps {

    private static final long serialVersionUID = 1L;

    @Override
    protected DependantRelation relation() {
        return DependantRelation.SPOUSE;
    }
}
