package tg.cnss.eservices.worklist.boundary;

import java.util.List;

/** A supervisor's view of the department: open items, those nobody took, those overdue, and each agent's load. */
public record DepartmentOverview(
        String departmentName, long open, long unassigned, long overdue, List<AgentLoad> agents) {}
