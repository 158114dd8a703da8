package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The recovery codes made when a staff member set up an app at sign-in: taken out of the session
 * when the page is built, so that they are shown once.
 */
@Named
@ViewScoped
public class RecoveryCodesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExternalContext external;

    private List<String> codes = List.of();

    @PostConstruct
    @SuppressWarnings("unchecked")
    void take() {
        Object kept = external.getSessionMap().remove(PortalAuthenticationMechanism.NEW_RECOVERY_CODES);
        if (kept instanceof List<?> list) {
            codes = new ArrayList<>((List<String>) list);
        }
    }

    public List<String> getCodes() {
        return codes;
    }
}
