package tg.cnss.eservices.payment.boundary;

import jakarta.json.Json;

/** What an API endpoint answers: the HTTP status and a JSON body. */
public record ApiAnswer(int status, String json) {

    public static ApiAnswer error(int status, String message) {
        return new ApiAnswer(
                status,
                Json.createObjectBuilder().add("erreur", message).build().toString());
    }
}
