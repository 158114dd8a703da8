package tg.cnss.eservices.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An error answer in the RFC 9457 format ({@code application/problem+json}): type, title, status,
 * detail, plus the fields refused ({@code erreurs}) and, for 429, the seconds to wait.
 */
public record ApiProblem(ProblemType type, String detail, List<FieldError> errors, Long retryAfterSeconds) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One refused field: where (a JSON pointer or a parameter's name) and why, in French. */
    public record FieldError(String champ, String message) {}

    public ApiProblem withErrors(List<FieldError> refused) {
        return new ApiProblem(type, detail, List.copyOf(refused), retryAfterSeconds);
    }

    public ApiProblem retryAfter(long seconds) {
        return new ApiProblem(type, detail, errors, seconds);
    }

    public int status() {
        return type.status();
    }

    public String json() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", type.uri())
                .add("title", type.title())
                .add("status", type.status())
                .add("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            var list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(
                    Json.createObjectBuilder().add("champ", error.champ()).add("message", error.message())));
            body.add("erreurs", list);
        }
        if (retryAfterSeconds != null) {
            body.add("reessayerDans", retryAfterSeconds);
        }
        return body.build().toString();
    }
}
