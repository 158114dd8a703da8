package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.worklist.entity.Department;

/** The CNSS departments that process requests. */
@Stateless
@PermitAll
public class Departments {

    @PersistenceContext
    EntityManager em;

    public List<Department> all() {
        return em.createQuery("SELECT d FROM Department d ORDER BY d.name", Department.class)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Department> find(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Department.class, code));
    }
}
