package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.PhoneNumber;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * The effect of the Immatriculation department's approval of "Modifier mes infos": the account
 * takes the new contact name, phone and e-mail address. A new address becomes the sign-in
 * identifier; the account's requests and notices follow it, and the old address is told.
 */
@Dependent
public class ProfileChangeReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Notifications notifications;

    /** Applies the changes; returns what the requester must be told, or null for other kinds. */
    public String onApproval(ServiceRequest request) {
        if (request.getKind() != RequestKind.PROFILE_CHANGE) {
            return null;
        }
        UserAccount account = accounts.getByEmail(new EmailAddress(request.getRequesterEmail()));
        JsonObject payload;
        try (var reader = Json.createReader(new StringReader(request.getPayload()))) {
            payload = reader.readObject();
        }
        List<String> applied = new ArrayList<>();
        String refused = "";
        for (JsonObject change : payload.getJsonArray("changes").getValuesAs(JsonObject.class)) {
            String value = change.getString("new");
            switch (change.getString("field")) {
                case "contactName" -> account.changeFullName(value);
                case "telephone" -> account.changePhone(PhoneNumber.parse(value));
                case "email" -> {
                    EmailAddress newEmail = new EmailAddress(value);
                    if (accounts.findByEmail(newEmail).isPresent()) {
                        refused = " L'adresse " + value + " est désormais celle d'un autre compte : elle n'a pas été"
                                + " changée.";
                        continue;
                    }
                    moveToNewAddress(account, newEmail);
                }
                default -> throw new IllegalStateException("Champ inconnu : " + change.getString("field"));
            }
            applied.add(change.getString("label").toLowerCase(java.util.Locale.FRENCH));
        }
        return "Vos informations sont mises à jour (" + String.join(", ", applied) + ")." + refused;
    }

    private void moveToNewAddress(UserAccount account, EmailAddress newEmail) {
        String old = account.getEmail().value();
        account.changeEmail(newEmail);
        em.createQuery("SELECT r FROM ServiceRequest r WHERE r.requesterAccountId = :account", ServiceRequest.class)
                .setParameter("account", account.getId())
                .getResultList()
                .forEach(request -> request.changeRequesterEmail(newEmail.value()));
        em.createQuery("UPDATE InAppNotice n SET n.recipientEmail = :new WHERE n.recipientEmail = :old")
                .setParameter("new", newEmail.value())
                .setParameter("old", old)
                .executeUpdate();
        notifications.email(
                old,
                "L'adresse de connexion de votre compte CNSS a changé",
                "Bonjour "
                        + account.getFullName()
                        + ",\n\nÀ votre demande, la CNSS a remplacé l'adresse de connexion de votre compte"
                        + " des services en ligne par " + newEmail.value()
                        + ". Cette adresse-ci ne reçoit plus les messages du"
                        + " compte.\n\nSi vous n'avez rien demandé, contactez la CNSS sans attendre.\n\n"
                        + "Caisse Nationale de Sécurité Sociale du Togo");
    }
}
