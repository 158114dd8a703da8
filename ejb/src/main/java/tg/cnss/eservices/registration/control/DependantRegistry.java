package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tg.cnss.eservices.registration.entity.Dependant;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;

/** The dependants the CNSS accepted: those of an insured person, and those a new declaration may repeat. */
@Dependent
public class DependantRegistry {

    @PersistenceContext
    EntityManager em;

    public void add(Dependant dependant) {
        em.persist(dependant);
    }

    /** An insured person's dependants: spouses first, then children from the eldest. */
    public List<Dependant> of(InsuredNumber insured) {
        return em.createQuery(
                        "SELECT d FROM Dependant d WHERE d.insuredNumber = :insured ORDER BY d.relation DESC,"
                                + " d.birthDate, d.id",
                        Dependant.class)
                .setParameter("insured", insured.canonical())
                .getResultList();
    }

    /** Dependants of anyone with the same birth date and names (case, accents and spaces aside). */
    public List<Dependant> sameAs(DependantDeclarationKind.Declaration declaration) {
        String key = InsuredPerson.nameKey(declaration.lastName(), declaration.firstNames());
        return em.createQuery("SELECT d FROM Dependant d WHERE d.birthDate = :born ORDER BY d.id", Dependant.class)
                .setParameter("born", declaration.birthDate())
                .getResultStream()
                .filter(known -> known.getNameKey().equals(key))
                .toList();
    }
}
