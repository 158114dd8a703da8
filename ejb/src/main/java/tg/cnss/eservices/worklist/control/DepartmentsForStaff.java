package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import tg.cnss.eservices.identity.spi.StaffDepartments;

/**
 * The worklists' departments (the entity is named in full: {@code Department} here is the SPI's record), as the administrators'
 * "Utilisateurs" page assigns staff to them.
 */
@ApplicationScoped
public class DepartmentsForStaff implements StaffDepartments {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<StaffDepartments.Department> all() {
        return em.createQuery(
                        "SELECT d FROM Department d ORDER BY d.name",
                        tg.cnss.eservices.worklist.entity.Department.class)
                .getResultStream()
                .map(department -> new StaffDepartments.Department(department.getCode(), department.getName()))
                .toList();
    }

    @Override
    public boolean exists(String code) {
        return code != null && em.find(tg.cnss.eservices.worklist.entity.Department.class, code) != null;
    }
}
