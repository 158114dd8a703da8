package tg.cnss.eservices.payment.boundary;

import tg.cnss.eservices.platform.boundary.ApiProblem;
import tg.cnss.eservices.platform.boundary.ProblemType;

/** What an API endpoint answers: the HTTP status, a JSON body and its media type (a problem's own). */
public record ApiAnswer(int status, String json, String mediaType) {

    public ApiAnswer(int status, String json) {
        this(status, json, "application/json");
    }

    /** An answer given before, again: a problem (4xx) keeps its media type. */
    public static ApiAnswer stored(int status, String json) {
        return new ApiAnswer(status, json, status >= 400 ? ApiProblem.MEDIA_TYPE : "application/json");
    }

    public static ApiAnswer error(ProblemType type, String message) {
        ApiProblem problem = type.with(message);
        return new ApiAnswer(problem.status(), problem.json(), ApiProblem.MEDIA_TYPE);
    }
}
