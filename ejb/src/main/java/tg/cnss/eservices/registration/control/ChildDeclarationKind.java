package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import tg.cnss.eservices.registration.entity.DependantRelation;

/** "Déclaration d'enfant": the birth certificate joined; approved, the child is a dependant. */
@ApplicationScoped
public class ChildDeclarationKind extends DependantDeclarationKind {

    @Override
    public DependantRelation relation() {
        return DependantRelation.CHILD;
    }

    @Override
    public String code() {
        return "CHILD_DECLARATION";
    }

    @Override
    public String prefix() {
        return "EN";
    }

    @Override
    public String label() {
        return "Déclaration d'enfant";
    }

    @Override
    public String pluralLabel() {
        return "Déclarations d'enfants";
    }
}
