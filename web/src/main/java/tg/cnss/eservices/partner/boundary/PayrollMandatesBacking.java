package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.partner.boundary.PayrollMandates.MandateView;
import tg.cnss.eservices.partner.boundary.PayrollMandates.Software;
import tg.cnss.eservices.platform.boundary.InvalidFormException;

/**
 * "Logiciel de paie" (employer space): the payroll software the employer allows to send his DNR
 * and monthly declarations through the API, and those he allowed before.
 */
@Named
@ViewScoped
public class PayrollMandatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayrollMandates mandates;

    @Inject
    FacesContext faces;

    private String software;

    private transient List<Software> softwares;
    private transient List<MandateView> mine;

    @PostConstruct
    void load() {
        softwares = mandates.softwares();
        mine = mandates.mine();
    }

    public void grant() {
        try {
            mandates.grant(software);
            String name = softwares.stream()
                    .filter(candidate -> candidate.clientId().equals(software))
                    .map(Software::name)
                    .findFirst()
                    .orElse(software);
            software = null;
            load();
            info(name + " peut désormais envoyer vos DNR et vos déclarations de cotisation.");
        } catch (InvalidFormException refused) {
            error(String.join(" ", refused.errors().values()));
        }
    }

    public void revoke(long mandateId) {
        try {
            mandates.revoke(mandateId);
            load();
            info("Autorisation retirée : ce logiciel ne peut plus rien envoyer pour vous.");
        } catch (InvalidFormException refused) {
            error(String.join(" ", refused.errors().values()));
        }
    }

    private void info(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private void error(String message) {
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public List<Software> getSoftwares() {
        if (softwares == null) {
            load();
        }
        return softwares;
    }

    public List<MandateView> getMine() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public String getSoftware() {
        return software;
    }

    public void setSoftware(String software) {
        this.software = software;
    }
}
