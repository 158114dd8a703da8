package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Which of these numbers (canonical) the registry knows, asked a thousand at a time: a DNR of
     * 50 000 workers is fifty queries, not 50 000.
     */
    public Set<String> knownAmong(Collection<String> numbers) {
        List<String> all = new ArrayList<>(new HashSet<>(numbers));
        Set<String> known = new HashSet<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            known.addAll(em.createQuery("SELECT p.number FROM InsuredPerson p WHERE p.number IN :numbers", String.class)
                    .setParameter("numbers", all.subList(from, Math.min(from + 1_000, all.size())))
                    .getResultList());
        }
        return known;
    }

    public void add(InsuredPerson person) {
        em.persist(person);
    }
}
