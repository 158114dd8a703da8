package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;

/** The registry of insured persons, looked up by number. */
@Dependent
public class InsuredRegistry {

    @PersistenceContext
    EntityManager em;

    public Optional<InsuredPerson> findByNumber(InsuredNumber number) {
        return em.createQuery("SELECT p FROM InsuredPerson p WHERE p.number = :number", InsuredPerson.class)
                .setParameter("number", number.canonical())
                .getResultStream()
                .findFirst();
    }

    public void add(InsuredPerson person) {
        em.persist(person);
    }
}
