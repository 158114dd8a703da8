package tg.cnss.eservices.request.spi;

import java.util.Optional;

/**
 * Where a kind of request goes: the routing table, which the worklist context owns and implements
 * this with. Departments, routing and service levels are data, not code.
 */
public interface RequestRouter {

    /** The department that receives new requests of the kind, if the kind is routed at all. */
    Optional<Route> routeOf(String kindCode);

    /** The department's name as people read it, or its code if it has none. */
    String departmentName(String departmentCode);

    /** A department, its queue (JNDI name) and the kind's service level in days. */
    record Route(String departmentCode, String departmentName, String queueJndi, int serviceLevelDays) {}
}
