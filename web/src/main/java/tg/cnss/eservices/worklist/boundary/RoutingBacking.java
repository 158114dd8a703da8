package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.worklist.entity.Department;

/** "Départements et routage": the administrator edits which department receives each kind. */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Routing routing;

    @Inject
    Departments departments;

    @Inject
    FacesContext faces;

    /** What the form edits: never the entity itself. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RequestKind kind;
        private String departmentCode;
        private Integer serviceLevelDays;

        Line(RoutingRuleView rule) {
            this.kind = rule.kind();
            this.departmentCode = rule.departmentCode();
            this.serviceLevelDays = rule.serviceLevelDays();
        }

        public RequestKind getKind() {
            return kind;
        }

        public String getDepartmentCode() {
            return departmentCode;
        }

        public void setDepartmentCode(String departmentCode) {
            this.departmentCode = departmentCode;
        }

        public Integer getServiceLevelDays() {
            return serviceLevelDays;
        }

        public void setServiceLevelDays(Integer serviceLevelDays) {
            this.serviceLevelDays = serviceLevelDays;
        }
    }

    private List<Line> lines;
    private List<Department> allDepartments;

    @PostConstruct
    void load() {
        lines = routing.rules().stream().map(Line::new).toList();
        allDepartments = departments.all();
    }

    public void save(Line line) {
        try {
            routing.change(
                    line.getKind(),
                    line.getDepartmentCode(),
                    line.getServiceLevelDays() == null ? 0 : line.getServiceLevelDays());
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Routage des demandes de type « " + line.getKind().label() + " » enregistré.",
                            null));
            load();
        } catch (InvalidRoutingException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            faces.validationFailed();
        }
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Department> getDepartments() {
        return allDepartments;
    }
}
