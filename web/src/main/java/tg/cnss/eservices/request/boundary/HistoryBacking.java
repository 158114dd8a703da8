package tg.cnss.eservices.request.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.request.spi.ActivitySource;

/**
 * "Historique des activités" (manual, section 8: "pour chaque type de prestation effectuée
 * correspond un onglet"): a tab with everything, then one per kind of request the person has
 * filed and one per other activity (declarations, DNR, mobile payments — {@link ActivitySource}),
 * newest first. Tabs are links (?type=RC): bookmarkable, and they work without script.
 */
@Named
@RequestScoped
public class HistoryBacking {

    /** One tab: its title with the number of lines, its address, whether it is the open one. */
    public record Tab(String id, String label, long count, String href, boolean current) {}

    /**
     * One line: a request ({@code status} its code, for the badge's colour) or another activity
     * ({@code status} null); {@code tab}: the request kind's prefix or the source's code.
     */
    public record Line(
            String reference,
            String href,
            String kindLabel,
            String summary,
            Instant at,
            String statusLabel,
            String status,
            String lastEvent,
            Instant lastEventAt,
            String tab) {}

    @Inject
    Requests requests;

    @Inject
    ExternalContext external;

    @Inject
    RequestKinds kinds;

    @Inject
    @Any
    Instance<ActivitySource> sources;

    private List<Line> lines;
    private Map<String, String> tabLabels;
    private String selected;

    public List<Line> getRequests() {
        load();
        return selected == null
                ? lines
                : lines.stream().filter(line -> line.tab().equals(selected)).toList();
    }

    public List<Tab> getTabs() {
        load();
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab("ongletToutes", "Toutes les activités", lines.size(), "historique.xhtml", selected == null));
        tabLabels.forEach((code, label) -> {
            long count = lines.stream().filter(line -> line.tab().equals(code)).count();
            if (count > 0) {
                tabs.add(
                        new Tab("onglet" + code, label, count, "historique.xhtml?type=" + code, code.equals(selected)));
            }
        });
        return tabs;
    }

    private void load() {
        if (lines != null) {
            return;
        }
        tabLabels = new LinkedHashMap<>();
        kinds.all().forEach(kind -> tabLabels.put(kind.prefix(), kind.pluralLabel()));
        List<Line> all = new ArrayList<>();
        for (RequestSummary request : requests.mine()) {
            String prefix = request.reference().substring(0, 2);
            all.add(new Line(
                    request.reference(),
                    "demande.xhtml?ref=" + request.reference(),
                    request.kindLabel(),
                    request.summary(),
                    request.submittedAt(),
                    request.status().label(),
                    request.status().name(),
                    request.lastEvent(),
                    request.lastEventAt(),
                    prefix));
        }
        for (ActivitySource source : sources) {
            tabLabels.put(source.code(), source.label());
            source.mine()
                    .forEach(activity -> all.add(new Line(
                            activity.reference(),
                            activity.href(),
                            activity.kindLabel(),
                            activity.summary(),
                            activity.at(),
                            activity.status(),
                            null,
                            null,
                            null,
                            source.code())));
        }
        all.sort(Comparator.comparing(Line::at).reversed());
        lines = all;
        String type = external.getRequestParameterMap().getOrDefault("type", "");
        selected = tabLabels.containsKey(type) ? type : null;
    }
}
