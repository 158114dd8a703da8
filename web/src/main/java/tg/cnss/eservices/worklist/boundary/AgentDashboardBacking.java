package tg.cnss.eservices.worklist.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import tg.cnss.eservices.identity.boundary.CurrentUser;
import tg.cnss.eservices.worklist.entity.Department;

/** The agent's dashboard: which department's worklist the agent works on. */
@Named
@RequestScoped
public class AgentDashboardBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Departments departments;

    public String getDepartmentName() {
        return departments
                .find(currentUser.getAccount().departmentCode())
                .map(Department::getName)
                .orElse("aucun département (à demander à l'administrateur)");
    }
}
