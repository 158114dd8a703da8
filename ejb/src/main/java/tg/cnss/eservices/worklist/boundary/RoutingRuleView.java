package tg.cnss.eservices.worklist.boundary;

/** One line of the routing table as the administrator sees it. */
public record RoutingRuleView(
        String kind, String kindLabel, String departmentCode, String departmentName, int serviceLevelDays) {}
