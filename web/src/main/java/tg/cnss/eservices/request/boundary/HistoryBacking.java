package tg.cnss.eservices.request.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** "Historique des activités": every request of the signed-in person, newest first. */
@Named
@RequestScoped
public class HistoryBacking {

    @Inject
    Requests requests;

    private List<RequestSummary> mine;

    public List<RequestSummary> getRequests() {
        if (mine == null) {
            mine = requests.mine();
        }
        return mine;
    }
}
