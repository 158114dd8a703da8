package tg.cnss.eservices.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Function;

/**
 * Test-only access to the application's persistence unit inside the server, in a transaction of
 * its own per call (added to the test deployment, never to the product).
 */
@Stateless
public class PersistenceProbe {

    @PersistenceContext
    EntityManager em;

    public String providerClassName() {
        return em.getDelegate().getClass().getName();
    }

    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public <R> R apply(Function<EntityManager, R> work) {
        return work.apply(em);
    }
}
