package tg.cnss.eservices.reference.boundary;

import java.time.Instant;
import java.util.List;

/** A public text as pages show it, with the version an editor must quote to change it. */
public record EditorialTextView(
        String title,
        String body,
        List<String> paragraphs,
        String signature,
        Instant updatedAt,
        String updatedBy,
        long version) {

    public boolean published() {
        return !paragraphs.isEmpty();
    }
}
