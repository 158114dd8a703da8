package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import tg.cnss.eservices.registration.entity.DependantRelation;

/** "Déclaration de conjoint": the marriage certificate joined; approved, the spouse is a dependant. */
@ApplicationScoped
public class SpouseDeclarationKind extends DependantDeclarationKind {

    @Override
    public DependantRelation relation() {
        return DependantRelation.SPOUSE;
    }

    @Override
    public String code() {
        return "SPOUSE_DECLARATION";
    }

    @Override
    public String prefix() {
        return "CJ";
    }

    @Override
    public String label() {
        return "Déclaration de conjoint";
    }

    @Override
    public String pluralLabel() {
        return "Déclarations de conjoint";
    }
}
