package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "Suivi du département" (supervisors): the department's figures, each agent's load, the overdue items. */
@Named
@ViewScoped
public class SupervisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Supervision supervision;

    private DepartmentOverview overview;
    private List<WorkItemView> overdueItems;

    @PostConstruct
    void load() {
        overview = supervision.overview();
        overdueItems = supervision.overdueItems();
    }

    public DepartmentOverview getOverview() {
        return overview;
    }

    public List<WorkItemView> getOverdueItems() {
        return overdueItems;
    }

    public String getUnassigned() {
        return WorklistQuery.UNASSIGNED;
    }
}
