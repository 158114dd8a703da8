package tg.cnss.eservices.worklist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import tg.cnss.eservices.request.spi.RequestRouter;
import tg.cnss.eservices.worklist.entity.Department;
import tg.cnss.eservices.worklist.entity.RoutingRule;

/** The routing table (administrators edit it on "Départements et routage"), read at each submission. */
@ApplicationScoped
public class RoutingTable implements RequestRouter {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Route> routeOf(String kindCode) {
        return Optional.ofNullable(em.find(RoutingRule.class, kindCode))
                .map(rule -> new Route(
                        rule.getDepartment().getCode(),
                        rule.getDepartment().getName(),
                        rule.getDepartment().getQueueJndi(),
                        rule.getServiceLevelDays()));
    }

    @Override
    public String departmentName(String departmentCode) {
        Department department = em.find(Department.class, departmentCode);
        return department == null ? departmentCode : department.getName();
    }
}
