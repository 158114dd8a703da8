package tg.cnss.eservices.registration.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import tg.cnss.eservices.registration.entity.DependantRelation;

/** "Déclaration d'enfant" (manual, Espace Assurés item 3). */
@Named
@ViewScoped
public class ChildDeclarationBacking extends DependantDeclarationSteps {

    private static final long serialVersionUID = 1L;

    @Override
    protected DependantRelation relation() {
        return DependantRelation.CHILD;
    }
}
