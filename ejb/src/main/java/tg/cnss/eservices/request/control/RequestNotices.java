package tg.cnss.eservices.request.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestEventType;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * Tells the requester, by e-mail, SMS and a notice in their space, what just happened to their request. Queued in the
 * caller's transaction: a change that rolls back is never announced.
 *
 * <p>A request of an account goes to that account (its address and number as they are now, and a notice in its
 * space). A public request (pre-registration) has no account: its e-mail and SMS go to the address and number that
 * were typed, which nobody has proved, so they carry nothing the visitor typed (name, summary) — the portal must not
 * be a way to send anyone a text of one's choosing — and no account's space receives them.
 */
@Dependent
public class RequestNotices {

    @Inject
    Notifications notifications;

    @Inject
    RequestKinds kinds;

    @Inject
    Requesters requesters;

    public void announce(ServiceRequest request, RequestEvent event) {
        String reference = request.getReference().toString();
        String what = event.getType().label();
        Optional<Requesters.Account> account = request.getRequesterAccountId() == null
                ? Optional.empty()
                : requesters.byId(request.getRequesterAccountId());
        StringBuilder body = new StringBuilder()
                .append(account.map(found -> "Bonjour " + request.getRequesterName())
                        .orElse("Bonjour"))
                .append(",\n\n")
                .append("Votre demande ")
                .append(reference)
                .append(" (")
                .append(kinds.labelOf(request))
                .append(account.isPresent() ? " : " + request.getSummary() : "")
                .append(") : ")
                .append(what.toLowerCase(java.util.Locale.FRENCH))
                .append(".\n");
        if (event.getComment() != null) {
            body.append('\n')
                    .append(voiceOf(event))
                    .append(" :\n")
                    .append(event.getComment())
                    .append('\n');
        }
        body.append(
                        account.isPresent()
                                ? "\nSuivez-la dans « Historique des activités » sur les services en ligne de la CNSS.\n\n"
                                : "\nGardez sa référence : elle vous sera demandée par la CNSS.\n\n")
                .append("Caisse Nationale de Sécurité Sociale du Togo");
        String email = account.map(Requesters.Account::email).orElse(request.getRequesterEmail());
        if (!email.isBlank()) {
            notifications.email(email, reference + " — " + what, body.toString());
        }
        account.map(Requesters.Account::phone)
                .or(() -> Optional.ofNullable(request.getContactPhone()))
                .filter(phone -> !phone.isBlank())
                .ifPresent(phone -> notifications.sms(
                        phone,
                        "CNSS : votre demande " + reference + " — " + what
                                + (account.isPresent() ? ". Détails dans votre espace en ligne." : ".")));
        account.ifPresent(found -> notifications.inApp(
                found.email(),
                reference + " — " + what,
                kinds.labelOf(request) + " : " + request.getSummary()
                        + (event.getComment() == null ? "" : "\n" + voiceOf(event) + " : " + event.getComment()),
                found.homePath() + "demande.xhtml?ref=" + reference));
    }

    /** Whose words the event's comment are: the requester's own answer, or the CNSS's message. */
    private static String voiceOf(RequestEvent event) {
        return event.getType() == RequestEventType.ANSWERED ? "Votre message" : "Message de la CNSS";
    }
}
