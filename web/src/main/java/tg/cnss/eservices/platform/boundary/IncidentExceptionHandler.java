package tg.cnss.eservices.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Turns any error escaping a JSF request — full page or AJAX — into a redirect to the French
 * error page, after logging it under a fresh incident number that the page then shows. The user
 * never sees a stack trace, and support finds the details from the number alone.
 */
public class IncidentExceptionHandler extends ExceptionHandlerWrapper {

    /** Session attribute carrying the incident number to the error page after the redirect. */
    static final String INCIDENT_ATTRIBUTE = IncidentExceptionHandler.class.getName() + ".incident";

    private static final Logger LOG = Logger.getLogger(IncidentExceptionHandler.class.getName());

    public IncidentExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        if (faces != null && events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            Throwable cause = unwrap(error);
            if (cause instanceof CspException) {
                showTheFormAgain(faces);
            } else {
                redirectToErrorPage(faces, cause);
            }
        }
        getWrapped().handle();
    }

    /**
     * A form posted without the page's CSP nonce (a browser without JavaScript, a script, a page
     * kept open through a redeploy) is not a server error: the same page again, with a French
     * message (formulaire-refuse.xhtml) and nothing saved.
     */
    private static void showTheFormAgain(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        LOG.info(() -> "Formulaire sans jeton CSP valide refusé sur " + external.getRequestServletPath());
        try {
            external.redirect(
                    external.getRequestContextPath() + external.getRequestServletPath() + "?formulaireRefuse=1");
            faces.responseComplete();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Redirection vers le formulaire impossible", e);
        }
    }

    private static void redirectToErrorPage(FacesContext faces, Throwable error) {
        ExternalContext external = faces.getExternalContext();
        String number = IncidentBacking.newIncidentNumber();
        String who = external.getUserPrincipal() == null
                ? "anonyme"
                : external.getUserPrincipal().getName();
        boolean expired = error instanceof ViewExpiredException;
        if (expired) {
            LOG.info(() ->
                    "Incident " + number + " : page expirée " + external.getRequestServletPath() + " (" + who + ")");
        } else {
            LOG.log(
                    Level.SEVERE,
                    "Incident " + number + " sur " + external.getRequestServletPath() + " (" + who + ")",
                    error);
        }
        external.getSessionMap().put(INCIDENT_ATTRIBUTE, number);
        try {
            external.redirect(external.getRequestContextPath()
                    + (expired ? "/erreur/session-expiree.xhtml" : "/erreur/500.xhtml"));
            faces.responseComplete();
        } catch (IOException | IllegalStateException e) {
            // The response was already committed: nothing more can be shown; the log has it all.
            LOG.log(Level.WARNING, "Incident " + number + " : redirection vers la page d'erreur impossible", e);
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while (current instanceof FacesException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new IncidentExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
