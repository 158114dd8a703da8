package tg.cnss.eservices.worklist.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.worklist.entity.Department;

/**
 * "Départements et routage": the administrator edits which department receives each kind, and the
 * departments' names.
 */
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
        private final String kind;
        private final String kindLabel;
        private String departmentCode;
        private Integer serviceLevelDays;

        Line(RoutingRuleView rule) {
            this.kind = rule.kind();
            this.kindLabel = rule.kindLabel();
            this.departmentCode = rule.departmentCode();
            this.serviceLevelDays = rule.serviceLevelDays();
        }

        /** The kind's code. */
        public String getKind() {
            return kind;
        }

        public String getKindLabel() {
            return kindLabel;
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

    /** A department's row: its name is edited here, its code and queue are shown. */
    public static class DepartmentLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String queueJndi;
        private String name;

        DepartmentLine(Department department) {
            this.code = department.getCode();
            this.queueJndi = department.getQueueJndi();
            this.name = department.getName();
        }

        public String getCode() {
            return code;
        }

        public String getQueueJndi() {
            return queueJndi;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private List<Line> lines;
    private List<Department> allDepartments;
    private List<DepartmentLine> departmentLines;

    @PostConstruct
    void load() {
        lines = routing.rules().stream().map(Line::new).toList();
        allDepartments = departments.all();
        departmentLines = allDepartments.stream().map(DepartmentLine::new).toList();
    }

    public void rename(DepartmentLine line) {
        attempt(() -> routing.renameDepartment(line.getCode(), line.getName()), "Nom du département enregistré.");
    }

    public List<DepartmentLine> getDepartmentLines() {
        return departmentLines;
    }

    public void save(Line line) {
        attempt(
                () -> routing.change(
                        line.getKind(),
                        line.getDepartmentCode(),
                        line.getServiceLevelDays() == null ? 0 : line.getServiceLevelDays()),
                "Routage des demandes de type « " + line.getKindLabel() + " » enregistré.");
    }

    /** Runs the change; the page then shows the table as saved, or the refusal with what was typed. */
    private void attempt(Runnable change, String done) {
        try {
            change.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
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
