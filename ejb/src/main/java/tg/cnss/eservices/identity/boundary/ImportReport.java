package tg.cnss.eservices.identity.boundary;

import java.util.List;

/** What an import of the old site's accounts did: how many accounts were made, and each refused line with why. */
public record ImportReport(int imported, List<RefusedLine> refused) {

    public record RefusedLine(int lineNumber, String reason) {}
}
