package tg.cnss.eservices.worklist.boundary;

import tg.cnss.eservices.request.entity.RequestKind;

/** One line of the routing table as the administrator sees it. */
public record RoutingRuleView(RequestKind kind, String departmentCode, String departmentName, int serviceLevelDays) {}
