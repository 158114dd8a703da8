package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.identity.boundary.CodeCheckResult;
import tg.cnss.eservices.identity.boundary.EmployerSignUpForm;
import tg.cnss.eservices.identity.boundary.InsuredSignUpForm;
import tg.cnss.eservices.identity.boundary.SignInOutcome;
import tg.cnss.eservices.identity.boundary.SignIns;
import tg.cnss.eservices.identity.boundary.SignUpRefusedException;
import tg.cnss.eservices.identity.boundary.SignUps;
import tg.cnss.eservices.identity.entity.AccountState;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsImmatriculationAgent;
import tg.cnss.eservices.worklist.boundary.WorklistPage;
import tg.cnss.eservices.worklist.boundary.WorklistQuery;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * Sign-up in the real server (manual II.b): the registry is checked, the code goes by SMS and
 * e-mail (read here from the demo mailbox), expires after an hour (the portal's clock moved
 * forward), is single use, cancelled after 5 wrong tries, resent within limits; the account waits
 * for the Immatriculation department, which activates or refuses it.
 */
@ExtendWith(ArquillianExtension.class)
class SignUpIT {

    private static final Pattern CODE = Pattern.compile("code de vérification par SMS est (\\d{6})");
    private static final Pattern EMAIL_CODE = Pattern.compile("avec celui reçu par SMS :\\s+(\\d{6})");

    /** The two codes of a sign-up (security review, finding 7: one per channel). */
    private record Codes(String sms, String email) {}

    private static final String PASSWORD = "Une phrase de passe assez longue";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(SignUpIT.class);
    }

    @Inject
    SignUps signUps;

    @Inject
    SignIns signIns;

    @Inject
    Worklists worklists;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsImmatriculationAgent asAgent;

    @AfterEach
    void backToNow() {
        Clocks.shift(Duration.ZERO);
    }

    @Test
    void anEmployerSignsUpWithItsCodeAndIsActivatedByTheCnss() {
        Applicant applicant = new Applicant();
        EmployerNumber number = registerEmployer("Quincaillerie " + applicant.unique);
        signUps.checkEmployerNumber(number.display(), "192.0.2.10");
        InvalidFormException otherName = assertThrows(
                InvalidFormException.class,
                () -> startEmployer(applicant.employerForm(number.display(), "Quincaillerie du Port", PASSWORD)));
        assertTrue(otherName.errors().get("raisonSociale").startsWith("Raison Sociale : elle ne correspond pas"));

        String token =
                startEmployer(applicant.employerForm(number.display(), "QUINCAILLERIE " + applicant.unique, PASSWORD));
        Codes codes = awaitCodes(applicant);
        assertTrue(
                demoMailbox.latestTo(applicant.email, 5).stream()
                        .anyMatch(mail -> mail.getSubject().equals("Votre code de vérification CNSS")
                                && !mail.getSubject().contains(codes.email())),
                "le code par e-mail est dans le texte : l'objet d'un e-mail se lit sans l'ouvrir");

        CodeCheckResult smsCodeTwice = signUps.verify(token, codes.sms(), codes.sms());
        assertEquals(
                "Codes de vérification incorrects : il vous reste 4 essai(s). Recopiez les 6 chiffres du SMS et les"
                        + " 6 chiffres de l'e-mail.",
                smsCodeTwice.message(),
                "the SMS code alone does not prove the e-mail address");
        assertTrue(signUps.verify(token, codes.sms(), codes.email()).accepted());
        assertFalse(signUps.verify(token, codes.sms(), codes.email()).accepted(), "usage unique");

        assertEquals(AccountState.PENDING_ACTIVATION, account(applicant.email).getState());
        assertEquals(
                SignInOutcome.PENDING_ACTIVATION,
                signIns.signIn(applicant.email, PASSWORD, null).outcome());
        // Finding 8: a number with an account gets the same answers as any other; its owner is told.
        signUps.checkEmployerNumber(number.display(), "192.0.2.10");
        Applicant intruder = new Applicant();
        String decoy =
                startEmployer(intruder.employerForm(number.display(), "Quincaillerie " + applicant.unique, PASSWORD));
        assertTrue(signUps.validation(decoy).awaitingCode(), "the same validation page");
        assertTrue(
                signUps.resend(decoy).message().startsWith("Un code vient d'être envoyé"),
                "the same answer to RENVOYER CODE as any sign-up a moment after its code");
        Eventually.await(
                "l'avertissement au titulaire du compte",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(applicant.email, 10).stream()
                        .anyMatch(mail -> mail.getSubject().startsWith("Tentative d'inscription")),
                warned -> warned);
        assertTrue(demoMailbox.latestTo(intruder.phoneE164, 5).isEmpty(), "no code reaches the intruder");
        assertTrue(demoMailbox.latestTo(intruder.email, 5).isEmpty());

        long item = awaitItem(applicant.email);
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals("Quincaillerie " + applicant.unique, detail.fields().get("Raison sociale"));
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(item, worklists.item(item).revision(), null);
            return null;
        });
        assertEquals(AccountState.ACTIVE, account(applicant.email).getState());
        assertEquals(
                SignInOutcome.SUCCESS,
                signIns.signIn(applicant.email, PASSWORD, null).outcome());
        Eventually.await(
                "l'e-mail d'activation",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(applicant.email, 10).stream()
                        .anyMatch(mail -> mail.getBody().contains("Votre compte est activé")),
                found -> found);
    }

    @Test
    void aCodeExpiresAfterOneHourAndANewOneReplacesIt() {
        Applicant applicant = new Applicant();
        EmployerNumber number = registerEmployer("Menuiserie " + applicant.unique);
        String token =
                startEmployer(applicant.employerForm(number.display(), "Menuiserie " + applicant.unique, PASSWORD));
        Codes first = awaitCodes(applicant);

        CodeCheckResult tooSoon = signUps.resend(token);
        assertFalse(tooSoon.accepted());
        assertTrue(
                tooSoon.message()
                        .startsWith("Un code vient d'être envoyé : vous pourrez en demander un autre dans 1"
                                + " minute(s)"),
                tooSoon.message());

        Clocks.shift(Duration.ofMinutes(60).plusSeconds(1));
        assertEquals(
                "Ces codes ont expiré (ils sont valides 1 heure) : cliquez sur « RENVOYER CODE » pour en recevoir"
                        + " un nouveau.",
                signUps.verify(token, first.sms(), first.email()).message());
        assertTrue(signUps.resend(token).accepted());
        String secondSms = Eventually.await(
                "le nouveau code",
                Duration.ofSeconds(30),
                () -> latestCode(applicant.phoneE164, CODE),
                code -> code != null && !code.equals(first.sms()));
        String secondEmail = Eventually.await(
                "le nouveau code par e-mail",
                Duration.ofSeconds(30),
                () -> latestCode(applicant.email, EMAIL_CODE),
                code -> code != null && !code.equals(first.email()));
        assertFalse(signUps.verify(token, first.sms(), first.email()).accepted(), "l'ancien code ne sert plus");
        assertTrue(signUps.verify(token, secondSms, secondEmail).accepted());
    }

    @Test
    void fiveWrongCodesCancelTheSignUp() {
        Applicant applicant = new Applicant();
        EmployerNumber number = registerEmployer("Garage " + applicant.unique);
        String token = startEmployer(applicant.employerForm(number.display(), "Garage " + applicant.unique, PASSWORD));
        Codes codes = awaitCodes(applicant);
        String wrong = codes.email().equals("123456") ? "654321" : "123456";
        for (int attempt = 1; attempt < 5; attempt++) {
            assertFalse(signUps.verify(token, codes.sms(), wrong).accepted());
        }
        assertTrue(signUps.verify(token, codes.sms(), wrong)
                .message()
                .startsWith("Trop de codes erronés : cette inscription est annulée"));
        assertFalse(
                signUps.verify(token, codes.sms(), codes.email()).accepted(), "même les bons codes ne servent plus");
        assertFalse(signUps.resend(token).accepted());
    }

    @Test
    void anInsuredPersonMustMatchTheRegistryWhichIsNeverShown() {
        Applicant applicant = new Applicant();
        EmployerNumber employer = registerEmployer("Employeur de " + applicant.unique);
        InsuredNumber number = new InsuredNumber(ThreadLocalRandom.current().nextLong(3_000_000_000L, 3_999_999_999L));
        probe.persist(
                new InsuredPerson(number, "DOGBÉ", "Ablavi Délali", LocalDate.of(1991, 2, 3), employer, Instant.now()));

        String wrongKey = number.canonical().substring(0, 10) + (number.key() == 0 ? "01" : "00");
        assertTrue(assertThrows(SignUpRefusedException.class, () -> signUps.checkInsuredNumber(wrongKey, null))
                .getMessage()
                .startsWith("Le numéro d'assuré est incorrect"));
        assertTrue(assertThrows(
                        SignUpRefusedException.class,
                        () -> signUps.checkInsuredNumber(new InsuredNumber(number.sequence() + 1).display(), null))
                .getMessage()
                .startsWith("Aucun assuré n'est immatriculé"));
        signUps.checkInsuredNumber(number.display(), null);

        InsuredSignUpForm wrongBirthDate = applicant.insuredForm(
                number.display(), employer.display(), "Dogbe", "ablavi  delali", LocalDate.of(1991, 3, 2));
        SignUpRefusedException refused = assertThrows(SignUpRefusedException.class, () -> startInsured(wrongBirthDate));
        assertFalse(
                refused.getMessage().contains("1991") || refused.getMessage().contains("DOGB"), "rien du registre");

        InvalidFormException invalid = assertThrows(
                InvalidFormException.class,
                () -> startInsured(new InsuredSignUpForm(
                        number.display(),
                        "E-1",
                        "Dogbe",
                        "Ablavi",
                        "pas-un-email",
                        "+228 22 21 00 00",
                        LocalDate.now().plusDays(1),
                        "court",
                        "autre")));
        assertEquals(
                java.util.List.of(
                        "employeurActuel", "email", "telephone", "dateNaissance", "motDePasse", "confirmation"),
                java.util.List.copyOf(invalid.errors().keySet()));
        assertTrue(
                invalid.errors().get("telephone").contains("un numéro de portable"),
                invalid.errors().get("telephone"));

        // Accents, case and spaces do not matter; the right answers go on to the code.
        String token = startInsured(applicant.insuredForm(
                number.display(), employer.display(), "Dogbe", "ablavi  delali", LocalDate.of(1991, 2, 3)));
        assertTrue(signUps.validation(token).awaitingCode());
    }

    @Test
    void aPersonWithoutCurrentEmployerLeavesItBlankAndTheAgentIsWarned() {
        Applicant applicant = new Applicant();
        InsuredNumber number = new InsuredNumber(ThreadLocalRandom.current().nextLong(3_000_000_000L, 3_999_999_999L));
        probe.persist(new InsuredPerson(number, "KPODAR", "Essi", LocalDate.of(1958, 7, 14), null, Instant.now()));

        String token = startInsured(
                applicant.insuredForm(number.display(), "  ", "Kpodar", "Essi", LocalDate.of(1958, 7, 14)));
        Codes codes = awaitCodes(applicant);
        assertTrue(signUps.verify(token, codes.sms(), codes.email()).accepted());

        long item = awaitItem(applicant.email);
        var detail = asAgent.call(() -> worklists.detail(item));
        assertEquals("aucun (laissé vide)", detail.fields().get("N° Immatriculation de votre employeur actuel"));
        assertEquals("Kpodar".toUpperCase(), detail.fields().get("Nom"));
        assertEquals(1, detail.warnings().size(), detail.warnings().toString());
        assertTrue(detail.warnings().get(0).startsWith("Aucun employeur actuel au registre"));
        assertEquals(applicant.email, detail.fields().get("Adresse mail (identifiant)"));
    }

    @Test
    void aPersonWithACurrentEmployerCannotLeaveItBlank() {
        Applicant applicant = new Applicant();
        EmployerNumber employer = registerEmployer("Employeur de " + applicant.unique);
        InsuredNumber number = new InsuredNumber(ThreadLocalRandom.current().nextLong(3_000_000_000L, 3_999_999_999L));
        probe.persist(new InsuredPerson(number, "AGBO", "Yao", LocalDate.of(1990, 1, 9), employer, Instant.now()));

        assertThrows(
                SignUpRefusedException.class,
                () -> startInsured(
                        applicant.insuredForm(number.display(), "", "Agbo", "Yao", LocalDate.of(1990, 1, 9))));
        String token = startInsured(
                applicant.insuredForm(number.display(), employer.display(), "Agbo", "Yao", LocalDate.of(1990, 1, 9)));
        Codes codes = awaitCodes(applicant);
        assertTrue(signUps.verify(token, codes.sms(), codes.email()).accepted());
        long item = awaitItem(applicant.email);
        var detail = asAgent.call(() -> worklists.detail(item));
        assertTrue(detail.warnings().isEmpty(), detail.warnings().toString());
    }

    @Test
    void aPhoneNumberStartsThreeSignUpsAnHourAtMost() {
        Applicant applicant = new Applicant();
        for (int i = 0; i < 3; i++) {
            EmployerNumber number = registerEmployer("Commerce " + i + " " + applicant.unique);
            startEmployer(applicant.employerForm(number.display(), "Commerce " + i + " " + applicant.unique, PASSWORD));
        }
        EmployerNumber fourth = registerEmployer("Commerce 4 " + applicant.unique);
        assertTrue(assertThrows(
                        SignUpRefusedException.class,
                        () -> startEmployer(
                                applicant.employerForm(fourth.display(), "Commerce 4 " + applicant.unique, PASSWORD)))
                .getMessage()
                .startsWith("Trop d'inscriptions"));
        Clocks.shift(Duration.ofMinutes(61));
        startEmployer(applicant.employerForm(fourth.display(), "Commerce 4 " + applicant.unique, PASSWORD));
    }

    @Test
    void aRefusedActivationKeepsTheAccountClosed() {
        Applicant applicant = new Applicant();
        EmployerNumber number = registerEmployer("Boutique " + applicant.unique);
        String token =
                startEmployer(applicant.employerForm(number.display(), "Boutique " + applicant.unique, PASSWORD));
        Codes codes = awaitCodes(applicant);
        assertTrue(signUps.verify(token, codes.sms(), codes.email()).accepted());
        long item = awaitItem(applicant.email);
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.reject(
                    item,
                    worklists.item(item).revision(),
                    RejectionReason.INCOMPLETE,
                    "Le demandeur n'est pas le gérant.");
            return null;
        });
        assertEquals(AccountState.REJECTED, account(applicant.email).getState());
        assertEquals(
                SignInOutcome.ACTIVATION_REFUSED,
                signIns.signIn(applicant.email, PASSWORD, null).outcome());
        assertEquals(
                SignInOutcome.INVALID_CREDENTIALS,
                signIns.signIn(applicant.email, "Un autre mot de passe long", null)
                        .outcome(),
                "l'état n'est dit qu'avec le bon mot de passe");
    }

    /** A person signing up, with an e-mail and a mobile number of their own. */
    private static final class Applicant {
        final String unique = Long.toString(ThreadLocalRandom.current().nextLong(100_000, 999_999));
        final String email = "demandeur" + unique + "@exemple.tg";
        final String phone =
                "+228 97 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6);
        final String phoneE164 = "+22897" + unique;

        EmployerSignUpForm employerForm(String number, String companyName, String password) {
            return new EmployerSignUpForm(
                    number,
                    companyName,
                    "+228 22 21 " + unique.substring(0, 2) + " " + unique.substring(2, 4),
                    "Amegah",
                    "Kodjo",
                    email,
                    phone,
                    LocalDate.of(2015, 5, 1),
                    password,
                    password);
        }

        InsuredSignUpForm insuredForm(
                String number, String employer, String lastName, String firstNames, LocalDate born) {
            return new InsuredSignUpForm(
                    number, employer, lastName, firstNames, email, phone, born, PASSWORD, PASSWORD);
        }
    }

    private EmployerNumber registerEmployer(String name) {
        EmployerNumber number = new EmployerNumber(ThreadLocalRandom.current().nextLong(30_000_000L, 39_999_999L));
        probe.persist(new Employer(number, EmployerCategory.ENTERPRISE, name, "GOLFE", "Lomé", "Bè", 3, Instant.now()));
        return number;
    }

    private Codes awaitCodes(Applicant applicant) {
        return new Codes(
                Eventually.await(
                        "le code par SMS",
                        Duration.ofSeconds(30),
                        () -> latestCode(applicant.phoneE164, CODE),
                        code -> code != null),
                Eventually.await(
                        "le code par e-mail",
                        Duration.ofSeconds(30),
                        () -> latestCode(applicant.email, EMAIL_CODE),
                        code -> code != null));
    }

    private String latestCode(String recipient, Pattern pattern) {
        return demoMailbox.latestTo(recipient, 1).stream()
                .map(message -> pattern.matcher(message.getBody()))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElse(null);
    }

    private UserAccount account(String email) {
        return probe.apply(em -> em.createQuery("SELECT a FROM UserAccount a WHERE a.email = :email", UserAccount.class)
                .setParameter("email", email)
                .getSingleResult());
    }

    private long awaitItem(String requesterEmail) {
        return Eventually.await(
                        "la demande d'activation dans la corbeille",
                        Duration.ofSeconds(30),
                        () -> asAgent.call(() -> worklists.page(
                                new WorklistQuery(null, null, null, null, requesterEmail, "dueAt", true, 0, 5))),
                        (WorklistPage page) -> page.rows().size() == 1)
                .rows()
                .get(0)
                .id();
    }

    private String startEmployer(EmployerSignUpForm form) {
        return signUps.startEmployer(form, "192.0.2.2");
    }

    private String startInsured(InsuredSignUpForm form) {
        return signUps.startInsured(form, "192.0.2.2");
    }
}
