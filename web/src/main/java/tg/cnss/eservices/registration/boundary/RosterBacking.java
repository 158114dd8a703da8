package tg.cnss.eservices.registration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.registration.entity.DepartureReason;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/**
 * "Mes travailleurs": the roster searched and filtered (in activity by default), and "Déclarer un
 * départ" for a worker in activity — the form opens above the list for the worker chosen; what
 * was typed stays when the server refuses it.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM_ID = "depart";

    @Inject
    Workers workers;

    private String search;
    private RosterFilter filter = RosterFilter.ACTIVE;
    private List<WorkerLine> lines;
    private WorkerLine leaving;
    private LocalDate departureDate;
    private DepartureReason departureReason;

    /** Before rendering (f:viewAction): a refusal then shows at the top of the page. */
    public void load() {
        getLines();
    }

    public List<WorkerLine> getLines() {
        if (lines == null) {
            try {
                lines = workers.roster(search, filter);
            } catch (NoEmployerNumberException none) {
                lines = List.of();
                FieldErrors.show(FacesContext.getCurrentInstance(), none.getMessage());
            }
        }
        return lines;
    }

    public void applyFilter() {
        lines = null;
    }

    public void startDeparture(WorkerLine line) {
        leaving = line;
        departureDate = null;
        departureReason = null;
    }

    public void cancelDeparture() {
        leaving = null;
    }

    public void declareDeparture() {
        try {
            WorkerLine left = workers.declareDeparture(
                    leaving.employmentId(), leaving.version(), new DepartureForm(departureDate, departureReason));
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .putNow(
                            "avis",
                            "Départ de " + left.lastName() + " " + left.firstNames() + " enregistré au "
                                    + left.endDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                    + ".");
            leaving = null;
            lines = null;
        } catch (BusinessException refused) {
            FieldErrors.show(FacesContext.getCurrentInstance(), FORM_ID, refused);
        }
    }

    public RosterFilter[] getFilters() {
        return RosterFilter.values();
    }

    public DepartureReason[] getReasons() {
        return DepartureReason.values();
    }

    public WorkerLine getLeaving() {
        return leaving;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public RosterFilter getFilter() {
        return filter;
    }

    public void setFilter(RosterFilter filter) {
        this.filter = filter;
    }

    public LocalDate getDepartureDate() {
        return departureDate;
    }

    public void setDepartureDate(LocalDate departureDate) {
        this.departureDate = departureDate;
    }

    public DepartureReason getDepartureReason() {
        return departureReason;
    }

    public void setDepartureReason(DepartureReason departureReason) {
        this.departureReason = departureReason;
    }
}
