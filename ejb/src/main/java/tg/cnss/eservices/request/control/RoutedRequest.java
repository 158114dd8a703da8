package tg.cnss.eservices.request.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Objects;

/**
 * The message that carries a submitted request to its department's queue: ids and reference
 * only, as JSON text. The consumer reads everything else from the database.
 */
public record RoutedRequest(long requestId, String kind, String reference) {

    public RoutedRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("requestId", requestId)
                .add("kind", kind)
                .add("reference", reference)
                .build()
                .toString();
    }

    /** A malformed message throws, so that it ends in the dead-letter queue rather than vanishing. */
    public static RoutedRequest fromJson(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new RoutedRequest(
                    json.getJsonNumber("requestId").longValueExact(),
                    json.getString("kind"),
                    json.getString("reference"));
        }
    }
}
