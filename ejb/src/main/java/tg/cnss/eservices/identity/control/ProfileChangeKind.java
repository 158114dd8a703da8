package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Modification des informations du compte" ("Modifier mes infos"), decided by the Immatriculation
 * department. On approval the account takes the new contact name, phone and e-mail address. A new
 * address becomes the sign-in identifier; the account's requests and notices follow it, and the old
 * address is told.
 */
@ApplicationScoped
public class ProfileChangeKind implements RequestKind<ProfileChangeKind.Changes> {

    /** The changes asked for, and why. */
    public record Changes(List<Change> changes, String reason) {}

    /**
     * One detail: {@code field} is contactName, telephone or email; {@code verified} when the new
     * address or number was proved by a code before the request was filed.
     */
    public record Change(String field, String label, String oldValue, String newValue, boolean verified) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Notifications notifications;

    @Override
    public String code() {
        return "PROFILE_CHANGE";
    }

    @Override
    public String prefix() {
        return "MI";
    }

    @Override
    public String label() {
        return "Modification des informations du compte";
    }

    @Override
    public String pluralLabel() {
        return "Modifications d'informations";
    }

    @Override
    public Class<Changes> payloadType() {
        return Changes.class;
    }

    /** Each change as "old → new", so that the agent sees what the account holds and what it would hold. */
    @Override
    public List<FieldSection> sections(Changes request) {
        Map<String, String> fields = new LinkedHashMap<>();
        request.changes()
                .forEach(change -> fields.put(
                        change.label(),
                        change.oldValue() + " → " + change.newValue()
                                + (change.verified() ? " (vérifié par code)" : "")));
        fields.put("Motif", request.reason());
        return List.of(new FieldSection("Modifications demandées", fields));
    }

    /** Applies the changes; says which were applied, and which address could not be taken. */
    @Override
    public Optional<String> onApproval(ServiceRequest request, Changes wanted, Instant at) {
        UserAccount account = accounts.findById(request.getRequesterAccountId())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable : " + request.getReference()));
        List<String> applied = new ArrayList<>();
        String refused = "";
        for (Change change : wanted.changes()) {
            String value = change.newValue();
            switch (change.field()) {
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
                default -> throw new IllegalStateException("Champ inconnu : " + change.field());
            }
            applied.add(change.label().toLowerCase(java.util.Locale.FRENCH));
        }
        return Optional.of("Vos informations sont mises à jour (" + String.join(", ", applied) + ")." + refused);
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
