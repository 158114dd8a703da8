package tg.cnss.eservices.request.spi;

import java.time.Instant;
import java.util.List;

/**
 * What a person did on the portal besides requests — declarations, payments — for "Historique des
 * activités", where each source is a tab of its own. Implemented by the contexts that own those
 * things; the history knows them only through this interface. Each answers for the signed-in
 * caller, and nothing for a caller it does not concern (an insured person has no declarations).
 */
public interface ActivitySource {

    /** One line: where it is shown in full ({@code href}, relative to the caller's space), its state. */
    record Activity(String reference, String kindLabel, String summary, Instant at, String status, String href) {}

    /** The tab's code in addresses ({@code ?type=DC}): two capitals, none a request kind's prefix. */
    String code();

    /** The tab's title, e.g. "Déclarations de cotisation". */
    String label();

    /** The caller's activities of this source, newest first. */
    List<Activity> mine();
}
