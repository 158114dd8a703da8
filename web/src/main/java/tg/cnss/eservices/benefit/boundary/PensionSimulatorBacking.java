package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Simulateur de Pension": the departure (normal at 60, early from 55, or a date chosen) and the
 * wage supposed until then; "Simuler ma pension" — and the result follows each change at once.
 */
@Named
@ViewScoped
public class PensionSimulatorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "simulateur";

    @Inject
    PensionSimulator simulator;

    @Inject
    FacesContext faces;

    private SimulatorStart start;
    private boolean available;
    private String unavailableReason;
    private String mode = "normale";
    private LocalDate retirementDate;
    private Long futureWage;
    private PensionSimulation simulation;

    @PostConstruct
    void load() {
        try {
            start = simulator.start();
            available = true;
            retirementDate = start.normalDate();
            futureWage = start.lastMonthlyWage();
            simulate();
        } catch (BusinessException unavailable) {
            available = false;
            unavailableReason = unavailable.getMessage();
        }
    }

    /** The departure chosen by its kind: the date follows (a date typed makes it "une date choisie"). */
    public void modeChosen() {
        if ("normale".equals(mode)) {
            retirementDate = start.normalDate();
        } else if ("anticipee".equals(mode)) {
            retirementDate = start.earlyDate();
        }
        simulate();
    }

    public void dateChosen() {
        mode = "date";
        simulate();
    }

    public void simulate() {
        try {
            simulation = simulator.simulate(retirementDate, futureWage);
        } catch (BusinessException refused) {
            simulation = null;
            FieldErrors.show(faces, FORM, refused);
        }
    }

    /** Why the simulator cannot run for this person (no insured number, no birth date). */
    public String getUnavailableReason() {
        return unavailableReason;
    }

    public boolean isAvailable() {
        return available;
    }

    public SimulatorStart getStart() {
        return start;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public LocalDate getRetirementDate() {
        return retirementDate;
    }

    public void setRetirementDate(LocalDate retirementDate) {
        this.retirementDate = retirementDate;
    }

    public Long getFutureWage() {
        return futureWage;
    }

    public void setFutureWage(Long futureWage) {
        this.futureWage = futureWage;
    }

    public PensionSimulation getSimulation() {
        return simulation;
    }
}
