package tg.cnss.eservices.partner.boundary;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tg.cnss.eservices.platform.boundary.ProblemType;

/**
 * Whatever goes wrong in the API is answered as a problem (RFC 9457) in French: the HTTP errors
 * JAX-RS raises itself (no such path, wrong method or format, unreadable body), and anything
 * unexpected as a 500 with an incident number that the log holds with the stack trace.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        if (thrown instanceof NotFoundException) {
            return Problems.of(ProblemType.NOT_FOUND, "Aucune ressource à cette adresse ; voir /api/docs.");
        }
        if (thrown instanceof NotAllowedException) {
            return Problems.of(ProblemType.METHOD_NOT_ALLOWED, "Cette adresse n'accepte pas cette méthode HTTP.");
        }
        if (thrown instanceof NotSupportedException) {
            return Problems.of(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "Type de contenu non pris en charge ici (voir Content-Type).");
        }
        if (thrown instanceof NotAcceptableException) {
            return Problems.of(ProblemType.NOT_ACCEPTABLE, "Cette ressource répond en JSON (en-tête Accept).");
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return Problems.of(ProblemType.INVALID_REQUEST, "Requête illisible : vérifiez le corps et les paramètres.");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        LOG.log(Level.SEVERE, "Incident API " + incident, thrown);
        return Problems.of(
                ProblemType.SERVER_ERROR,
                "Erreur interne, incident " + incident
                        + " : réessayez plus tard ; si elle persiste, citez ce numéro à la CNSS.");
    }
}
