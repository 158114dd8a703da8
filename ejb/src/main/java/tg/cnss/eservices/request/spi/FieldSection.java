package tg.cnss.eservices.request.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A titled group of a request's fields, label → value in reading order. Empty values are left out:
 * a field the requester did not fill is not a line of the summary.
 */
public record FieldSection(String title, Map<String, String> fields) {

    public FieldSection {
        Map<String, String> filled = new LinkedHashMap<>();
        fields.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                filled.put(label, value);
            }
        });
        fields = Collections.unmodifiableMap(filled);
    }
}
