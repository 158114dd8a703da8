package tg.cnss.eservices.request.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.request.entity.RequestEvent;
import tg.cnss.eservices.request.entity.RequestEventType;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * Tells the requester, by e-mail, SMS and a notice in their space, what just happened to their request. Queued in the
 * caller's transaction: a change that rolls back is never announced.
 */
@Dependent
public class RequestNotices {

    @Inject
    Notifications notifications;

    @Inject
    AccountRepository accounts;

    public void announce(ServiceRequest request, RequestEvent event) {
        String reference = request.getReference().toString();
        String what = event.getType().label();
        StringBuilder body = new StringBuilder()
                .append("Bonjour ")
                .append(request.getRequesterName())
                .append(",\n\n")
                .append("Votre demande ")
                .append(reference)
                .append(" (")
                .append(request.getKind().label())
                .append(" : ")
                .append(request.getSummary())
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
        body.append("\nSuivez-la dans « Historique des activités » sur les services en ligne de la CNSS.\n\n")
                .append("Caisse Nationale de Sécurité Sociale du Togo");
        if (!request.getRequesterEmail().isBlank()) {
            notifications.email(request.getRequesterEmail(), reference + " — " + what, body.toString());
        }
        var account = request.getRequesterEmail().isBlank()
                ? java.util.Optional.<UserAccount>empty()
                : accounts.findByEmail(new EmailAddress(request.getRequesterEmail()));
        account.map(UserAccount::getPhone)
                .or(() -> java.util.Optional.ofNullable(request.getContactPhone()))
                .filter(phone -> !phone.isBlank())
                .ifPresent(phone -> notifications.sms(
                        phone,
                        "CNSS : votre demande " + reference + " — " + what
                                + (account.isPresent() ? ". Détails dans votre espace en ligne." : ".")));
        account.map(found -> found.getRole().homePath())
                .ifPresent(space -> notifications.inApp(
                        request.getRequesterEmail(),
                        reference + " — " + what,
                        request.getKind().label() + " : " + request.getSummary()
                                + (event.getComment() == null
                                        ? ""
                                        : "\n" + voiceOf(event) + " : " + event.getComment()),
                        space + "demande.xhtml?ref=" + reference));
    }

    /** Whose words the event's comment are: the requester's own answer, or the CNSS's message. */
    private static String voiceOf(RequestEvent event) {
        return event.getType() == RequestEventType.ANSWERED ? "Votre message" : "Message de la CNSS";
    }
}
