package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import tg.cnss.eservices.identity.entity.PendingSignUp;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.platform.control.Clocks;

/** What sign-up sends: the two codes, and the warning to the owner of a number that already has an account. */
@Dependent
public class SignUpMessages {

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH'h'mm").withZone(Clocks.LOME);

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /** The code for the phone by SMS, the one for the address by e-mail: each proves its own channel. */
    public void sendCodes(PendingSignUp signUp, String smsCode, String emailCode) {
        String until = HOUR.format(signUp.getCodeExpiresAt());
        notifications.smsWithSecret(
                signUp.getPhone().e164(),
                "CNSS TOGO : votre code de vérification par SMS est " + Notice.SECRET + ". Valide jusqu'à " + until
                        + ". Un autre code vous est envoyé par e-mail. Ne les communiquez à personne.",
                smsCode);
        notifications.emailWithSecret(
                signUp.getEmail().value(),
                "Votre code de vérification CNSS",
                "Bonjour,\n\nPour finaliser votre inscription aux services en ligne de la CNSS, saisissez ce code de"
                        + " vérification par e-mail, avec celui reçu par SMS :\n\n    " + Notice.SECRET
                        + "\n\nIl est valide 1 heure (jusqu'à " + until
                        + ", heure de Lomé). Si vous n'avez pas demandé d'inscription, ignorez ce message.\n\n"
                        + "Caisse Nationale de Sécurité Sociale du Togo",
                emailCode);
    }

    /**
     * Someone started a sign-up with the number of an existing account: its owner should know —
     * once an hour, so that the warning cannot be turned into a flood.
     */
    public void warnOwnerOnce(UserAccount owner, String registrationNumber, Instant now) {
        // Sign-ups of this number since the account exists (this one included) in the last hour.
        Instant since = now.minus(Duration.ofHours(1));
        long attempts = em.createQuery(
                        "SELECT COUNT(s) FROM PendingSignUp s WHERE s.registrationNumber = :number"
                                + " AND s.createdAt > :since",
                        Long.class)
                .setParameter("number", registrationNumber)
                .setParameter("since", owner.getCreatedAt().isAfter(since) ? owner.getCreatedAt() : since)
                .getSingleResult();
        if (attempts > 1) {
            return;
        }
        notifications.email(
                owner.getEmail().value(),
                "Tentative d'inscription avec le numéro de votre compte CNSS",
                "Bonjour " + owner.getFullName() + ",\n\nUne inscription aux services en ligne de la CNSS vient"
                        + " d'être commencée avec le numéro d'immatriculation de votre compte. Aucun compte n'a été"
                        + " créé et aucun code n'a été envoyé.\n\nSi c'était vous, connectez-vous avec l'adresse de"
                        + " votre compte, ou utilisez « Mot de passe oublié ? ». Sinon, vous n'avez rien à faire ;"
                        + " si cela se répète, contactez la CNSS.\n\nCaisse Nationale de Sécurité Sociale du Togo");
    }

    /** "k•••@domaine.tg": enough for its owner to recognise the address, not for anyone else to learn it. */
    public static String masked(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "•••" + email.substring(at);
    }
}
