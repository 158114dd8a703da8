package tg.cnss.eservices.request.spi;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;

/**
 * Writes and reads the forms of requests with JSON-B: each kind's payload is a record, so no
 * context writes keys that another reads by name. Properties that are null are left out; unknown
 * properties (a field since removed) are ignored, so that older requests stay readable.
 */
public final class Payloads {

    // Thread-safe and costly to build: one for the application (it holds no data).
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Payloads() {}

    public static String write(Object payload) {
        return JSONB.toJson(payload);
    }

    public static <P> P read(String json, Class<P> type) {
        try {
            return JSONB.fromJson(json, type);
        } catch (JsonbException unreadable) {
            throw new IllegalStateException("Formulaire illisible pour " + type.getSimpleName(), unreadable);
        }
    }
}
