package tg.cnss.eservices.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.platform.entity.AuditEvent;

/** The administrator's view of the latest audit lines. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    AuditTrail audit;

    private List<AuditEvent> events;

    @PostConstruct
    void load() {
        events = audit.latest(SHOWN);
    }

    public List<AuditEvent> getEvents() {
        return events;
    }
}
