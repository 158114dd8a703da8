package tg.cnss.eservices.request.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Historique des activités" (manual, section 8: "pour chaque type de prestation effectuée
 * correspond un onglet"): a tab with every request, then one per kind the person has filed,
 * newest first. Tabs are links (?type=RC): bookmarkable, and they work without script.
 */
@Named
@RequestScoped
public class HistoryBacking {

    /** One tab: its title with the number of requests, its address, whether it is the open one. */
    public record Tab(String id, String label, long count, String href, boolean current) {}

    @Inject
    Requests requests;

    @Inject
    ExternalContext external;

    @Inject
    RequestKinds kinds;

    private List<RequestSummary> mine;
    private RequestKind<?> selected;

    public List<RequestSummary> getRequests() {
        load();
        return selected == null
                ? mine
                : mine.stream()
                        .filter(summary -> summary.kind().equals(selected.code()))
                        .toList();
    }

    public List<Tab> getTabs() {
        load();
        // One tab per kind the person has filed, in the order of the kinds' labels.
        Map<RequestKind<?>, Long> counts = new LinkedHashMap<>();
        kinds.all().forEach(kind -> {
            long count = mine.stream()
                    .filter(summary -> summary.kind().equals(kind.code()))
                    .count();
            if (count > 0) {
                counts.put(kind, count);
            }
        });
        List<Tab> tabs = new ArrayList<>();
        tabs.add(new Tab("ongletToutes", "Toutes les demandes", mine.size(), "historique.xhtml", selected == null));
        counts.forEach((kind, count) -> tabs.add(new Tab(
                "onglet" + kind.prefix(),
                kind.pluralLabel(),
                count,
                "historique.xhtml?type=" + kind.prefix(),
                kind == selected)));
        return tabs;
    }

    public RequestKind<?> getSelected() {
        load();
        return selected;
    }

    private void load() {
        if (mine == null) {
            mine = requests.mine();
            selected = kinds.byPrefix(external.getRequestParameterMap().getOrDefault("type", ""))
                    .orElse(null);
        }
    }
}
