package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.ProfileChangePreview;
import tg.cnss.eservices.identity.boundary.ProfileChanges;
import tg.cnss.eservices.identity.boundary.ProfileForm;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsImmatriculationAgent;
import tg.cnss.eservices.testing.acting.AsProfileChangeInsured;
import tg.cnss.eservices.worklist.boundary.WorklistPage;
import tg.cnss.eservices.worklist.boundary.WorklistQuery;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * "Modifier mes infos" in the real server: what cannot be asked is refused field by field; a new
 * e-mail address and a new phone number each receive a code that must come back; the agent sees
 * old → new; approval applies the changes, and the account signs in with its new address and
 * keeps its requests.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileChangeIT {

    private static final String PASSWORD = "Phrase de passe du changement";
    private static final Pattern EMAIL_CODE = Pattern.compile("saisissez ce code :\\s+(\\d{6})");
    private static final Pattern SMS_CODE = Pattern.compile("code de vérification est (\\d{6})");

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(ProfileChangeIT.class);
    }

    @Inject
    ProfileChanges profileChanges;

    @Inject
    Worklists worklists;

    @Inject
    SignIns signIns;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsProfileChangeInsured asInsured;

    @Inject
    AsImmatriculationAgent asAgent;

    /**
     * Security review, finding 7: five wrong codes cancel the code, the right one included, and a
     * new code does not give five more tries; every wrong try stays counted although the form is
     * refused (its transaction rolled back).
     */
    @Test
    void fiveWrongCodesCancelTheCodeAndANewOneDoesNotResetTheCount() {
        String unique = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        freshAccount("+22890" + unique);
        String newEmail = "essais" + unique + "@exemple.tg";
        ProfileForm wanted = new ProfileForm(
                null, newEmail, asInsured.call(profileChanges::current).phone());
        asInsured.call(() -> profileChanges.prepare(wanted));
        String emailCode = await(newEmail, EMAIL_CODE);
        for (int i = 0; i < 5; i++) {
            assertThrows(
                    InvalidFormException.class,
                    () -> asInsured.call(() -> profileChanges.submit(wanted, null, otherThan(emailCode), null)));
        }
        assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> profileChanges.submit(wanted, null, emailCode, null)),
                "the right code no longer works after five wrong ones");
        long wrongTries = probe.apply(em -> em.createQuery(
                        "SELECT SUM(c.failedAttempts) FROM OneTimeCode c WHERE c.destination = :to", Long.class)
                .setParameter("to", newEmail)
                .getSingleResult());
        assertEquals(5, wrongTries, "each wrong try counted although its form was refused");
    }

    @Test
    void newDetailsAreProvedByCodesThenAppliedOnApproval() {
        String unique = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        freshAccount("+22890" + unique);
        ProfileForm current = asInsured.call(profileChanges::current);
        assertEquals(AsProfileChangeInsured.EMAIL, current.email());
        assertEquals(
                "+228 90 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4),
                current.phone());

        assertEquals(
                Map.of("aucune", "Aucune modification : changez au moins une information."),
                refused(current).errors());
        assertEquals(
                "Adresse mail (identifiant) : un compte utilise déjà cette adresse.",
                refused(new ProfileForm(null, "assure@demo.cnss.tg", current.phone()))
                        .errors()
                        .get("email"));
        assertTrue(refused(new ProfileForm(null, current.email(), "+228 22 21 00 09"))
                .errors()
                .get("telephone")
                .contains("un numéro de portable"));
        assertTrue(
                refused(new ProfileForm(null, "pas-une-adresse", ""))
                        .errors()
                        .keySet()
                        .containsAll(List.of("email", "telephone")),
                "chaque champ a son message");

        String newEmail = "nouvelle" + unique + "@exemple.tg";
        String newPhone = "+22899" + unique;
        ProfileForm wanted = new ProfileForm(
                null,
                newEmail,
                "+228 99 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4));
        ProfileChangePreview preview = asInsured.call(() -> profileChanges.prepare(wanted));
        assertEquals(2, preview.changes().size());
        assertEquals(newEmail, preview.emailCodeSentTo());
        assertEquals("+228 99 •• •• " + unique.substring(4), preview.phoneCodeSentTo());
        String emailCode = await(newEmail, EMAIL_CODE);
        String smsCode = await(newPhone, SMS_CODE);
        asInsured.call(() -> profileChanges.prepare(wanted));
        assertEquals(
                1L,
                (long) probe.apply(em -> em.createQuery(
                                "SELECT COUNT(c) FROM OneTimeCode c WHERE" + " c.destination = :to", Long.class)
                        .setParameter("to", newEmail)
                        .getSingleResult()),
                "« Modifier » puis « Continuer » aussitôt : le code déjà envoyé sert encore, sans refus");

        InvalidFormException wrongCodes = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(
                        () -> profileChanges.submit(wanted, null, otherThan(emailCode), otherThan(smsCode))));
        assertTrue(
                wrongCodes.errors().keySet().containsAll(List.of("codeEmail", "codeTelephone")),
                wrongCodes.getMessage());
        InvalidFormException swapped = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> profileChanges.submit(wanted, null, smsCode, emailCode)),
                "un code ne prouve que sa destination");
        assertTrue(swapped.errors().containsKey("codeEmail") || emailCode.equals(smsCode));

        RequestReceipt receipt =
                asInsured.call(() -> profileChanges.submit(wanted, "Nouveau téléphone", emailCode, smsCode));
        assertTrue(receipt.reference().startsWith("MI-"), receipt.reference());
        assertTrue(refused(wanted).errors().get("enCours").contains(receipt.reference()), "une demande à la fois");

        long item = Eventually.await(
                        "la demande dans la corbeille Immatriculation",
                        Duration.ofSeconds(30),
                        () -> asAgent.call(() -> worklists.page(new WorklistQuery(
                                null, null, null, null, AsProfileChangeInsured.EMAIL, "dueAt", true, 0, 5))),
                        (WorklistPage page) -> page.rows().size() == 1)
                .rows()
                .get(0)
                .id();
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals(
                AsProfileChangeInsured.EMAIL + " → " + newEmail + " (vérifié par code)",
                detail.fields().get("Adresse mail (identifiant)"));
        assertEquals(
                current.phone() + " → " + PhoneNumber.parse(newPhone).display() + " (vérifié par code)",
                detail.fields().get("Téléphone"));
        assertEquals("Nouveau téléphone", detail.fields().get("Motif"));

        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(item, worklists.item(item).revision(), null);
            return null;
        });

        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(AsProfileChangeInsured.EMAIL, PASSWORD, null).outcome());
        assertEquals(
                SignInOutcome.SUCCESS, signIns.signIn(newEmail, PASSWORD, null).outcome());
        UserAccount changed = probe.apply(em -> em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                .setParameter("email", newEmail)
                .getSingleResult());
        assertEquals(newPhone, changed.getPhone());
        long requestsFollowing = probe.apply(em -> em.createQuery(
                        "SELECT COUNT(r) FROM ServiceRequest r WHERE" + " r.requesterEmail = :email", Long.class)
                .setParameter("email", newEmail)
                .getSingleResult());
        assertEquals(1, requestsFollowing, "la demande suit le compte à sa nouvelle adresse");
        Eventually.await(
                "l'avis à l'ancienne adresse",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(AsProfileChangeInsured.EMAIL, 10).stream()
                        .anyMatch(mail ->
                                mail.getSubject().equals("L'adresse de connexion de votre compte CNSS a changé")),
                sent -> sent);
    }

    private InvalidFormException refused(ProfileForm form) {
        return assertThrows(InvalidFormException.class, () -> asInsured.call(() -> profileChanges.prepare(form)));
    }

    /** Each run starts from an account at the acting user's address (the previous run's moved away). */
    private void freshAccount(String phone) {
        String hash = new PasswordHasher().hash(PASSWORD);
        probe.apply(em -> {
            em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
                    .setParameter("email", AsProfileChangeInsured.EMAIL)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(left -> left.changeEmail(new EmailAddress(
                            "ancien" + ThreadLocalRandom.current().nextInt(1_000_000) + "@exemple.tg")));
            em.flush();
            UserAccount account = new UserAccount(
                    new EmailAddress(AsProfileChangeInsured.EMAIL), hash, "Kokou TEST", Role.INSURED, Instant.now());
            account.changePhone(PhoneNumber.parse(phone));
            em.persist(account);
            return null;
        });
    }

    private String await(String recipient, Pattern pattern) {
        return Eventually.await(
                "le code envoyé à " + recipient,
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(recipient, 5).stream()
                        .map(message -> pattern.matcher(message.getBody()))
                        .filter(Matcher::find)
                        .map(found -> found.group(1))
                        .findFirst()
                        .orElse(null),
                found -> found != null);
    }

    private static String otherThan(String code) {
        return "000000".equals(code) ? "111111" : "000000";
    }
}
