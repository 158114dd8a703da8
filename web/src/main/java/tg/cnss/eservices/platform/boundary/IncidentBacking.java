package tg.cnss.eservices.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.entity.AuditAction;

/**
 * Error pages: gives each error an incident number (or shows the one IncidentExceptionHandler
 * gave to an error inside a JSF request) that the user can quote to support and that
 * appears in the server log next to the details the user never sees. Refused accesses (403) are
 * also written to the audit log.
 */
@Named
@RequestScoped
public class IncidentBacking {

    private static final Logger LOG = Logger.getLogger(IncidentBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    FacesContext faces;

    @Inject
    AuditTrail audit;

    private String number;

    public String getNumber() {
        if (number == null) {
            Object fromHandler =
                    faces.getExternalContext().getSessionMap().remove(IncidentExceptionHandler.INCIDENT_ATTRIBUTE);
            if (fromHandler != null) {
                // Already logged by IncidentExceptionHandler before it redirected here.
                number = fromHandler.toString();
            } else {
                number = newIncidentNumber();
                report();
            }
        }
        return number;
    }

    static String newIncidentNumber() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return "INC-" + LocalDate.now(ZoneOffset.UTC).format(DAY) + "-"
                + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private void report() {
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String who = request.getUserPrincipal() == null
                ? "anonyme"
                : request.getUserPrincipal().getName();
        if (Integer.valueOf(403).equals(status)) {
            audit.record(who, request.getRemoteAddr(), AuditAction.ACCESS_DENIED, "REFUSE", number + " " + uri);
        }
        if (error != null) {
            LOG.log(Level.SEVERE, "Incident " + number + " sur " + uri + " (" + who + ")", error);
        } else {
            LOG.info(() -> "Incident " + number + " : statut " + status + " sur " + uri + " (" + who + ")");
        }
    }
}
