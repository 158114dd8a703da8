package tg.cnss.eservices.registration.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The pre-registrations filed from this browser session: only their confirmation page and PDF
 * receipt may be shown here, since the applicant has no account to check a reference against.
 */
@SessionScoped
public class PreRegistrationReceipts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 20;

    private final Set<String> references = new LinkedHashSet<>();

    public synchronized void remember(String reference) {
        references.add(reference);
        if (references.size() > KEPT) {
            references.remove(references.iterator().next());
        }
    }

    public synchronized boolean holds(String reference) {
        return reference != null && references.contains(reference);
    }
}
