package tg.cnss.eservices.partner.boundary;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import tg.cnss.eservices.payment.boundary.ApiAnswer;
import tg.cnss.eservices.platform.boundary.ApiProblem;
import tg.cnss.eservices.platform.boundary.ProblemType;

/** Problems as HTTP answers: status, {@code application/problem+json}, {@code Retry-After} for 429. */
public final class Problems {

    private Problems() {}

    public static Response of(ApiProblem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(ApiProblem.MEDIA_TYPE + ";charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem.json());
        if (problem.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, problem.retryAfterSeconds());
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cnss-api\"");
        }
        return response.build();
    }

    public static Response of(ProblemType type, String detail) {
        return of(type.with(detail));
    }

    /**
     * A notification's answer (an {@link ApiAnswer}, problem or not) as HTTP. Two identical
     * notifications arriving together: the second fails storing the same idempotency key, then
     * finds the first one's answer when asked again.
     */
    public static Response answered(Supplier<ApiAnswer> receive) {
        ApiAnswer answer;
        try {
            answer = receive.get();
        } catch (EJBException | PersistenceException concurrent) {
            // the same key stored meanwhile by a twin request: its answer is now there
            answer = receive.get();
        }
        return Response.status(answer.status())
                .type(answer.mediaType() + ";charset=utf-8")
                .entity(answer.json())
                .build();
    }
}
