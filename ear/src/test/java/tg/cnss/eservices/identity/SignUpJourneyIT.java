package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Inscription Assuré" of the manual in headless Chromium, with each kind of error — number with
 * a wrong key, unknown number, missing fields, bad e-mail, landline, birth date in the future,
 * short password, answers that do not match the registry, wrong code, resend too soon — then the
 * code read from the demo mailbox, the success page, and a sign-in that says the account waits
 * for activation; "Inscription Employeur" likewise, up to a code that expired (the server's clock
 * moved an hour on) and the new one sent by "RENVOYER CODE".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignUpJourneyIT extends BrowserJourney {

    private static final String FORM = "inscription:";
    private static final Pattern CODE = Pattern.compile("code de vérification par SMS est (\\d{6})");
    private static final Pattern EMAIL_CODE = Pattern.compile("avec celui reçu par SMS :\\s+(\\d{6})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withRegistrySeeder();
    }

    @Test
    void anInsuredPersonSignsUpThroughEveryKindOfError() throws Exception {
        String[] numbers = seedRegistry();
        String employer = numbers[0];
        String insured = numbers[1];
        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String email = "afi" + unique + "@exemple.tg";
        String mobile =
                "+228 96 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6);

        open("/");
        browser.findElement(By.id("inscriptionAssure")).click();
        waitFor().until(ExpectedConditions.titleContains("Création de compte"));
        Accessibility.assertNoSeriousViolation(browser, "inscription assuré : numéro");

        submitNumber("1234567890-00");
        assertTrue(errors().contains("Le numéro d'assuré est incorrect : vérifiez chaque chiffre."), errors());
        submitNumber("1234567890-92");
        assertTrue(errors().contains("Aucun assuré n'est immatriculé sous le numéro 1234567890-92"), errors());
        Accessibility.assertNoSeriousViolation(browser, "inscription assuré : numéro inconnu");
        submitNumber(insured);
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "employeurActuel")));
        browser.findElement(By.id(FORM + "dateNaissance_input")).click();
        WebElement calendar =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "dateNaissance_panel")));
        assertTrue(
                calendar.getText().contains("Lu") && !calendar.getText().contains("Mo"),
                "calendrier en français (Lu, Ma…) : " + calendar.getText());
        browser.findElement(By.id(FORM + "dateNaissance_input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.findElement(By.tagName("h1")).click();

        click("enregistrer");
        String errors = errors();
        // The current employer may be left blank (a person without one: pensioner, voluntary insured).
        assertFalse(errors.contains("employeur actuel"), errors);
        for (String expected : new String[] {
            "Nom : indiquez",
            "Prénoms : indiquez",
            "Adresse mail : indiquez",
            "Téléphone : indiquez",
            "Date de naissance : indiquez",
            "Mot de passe : 12 caractères au moins"
        }) {
            assertTrue(errors.contains(expected), expected + " absent de " + errors);
        }
        Accessibility.assertNoSeriousViolation(browser, "inscription assuré en erreur");
        // The summary's links put the cursor in their field, the date picker's text input included.
        browser.findElement(By.cssSelector("#inscription\\:erreurs a[data-field='inscription:nom']"))
                .click();
        assertEquals(FORM + "nom", browser.switchTo().activeElement().getAttribute("id"));
        browser.findElement(By.cssSelector("#inscription\\:erreurs a[data-field='inscription:dateNaissance']"))
                .click();
        assertEquals(
                FORM + "dateNaissance_input", browser.switchTo().activeElement().getAttribute("id"));
        // getText() reads only what is shown: the panel opens with an animation, so its text is
        // read once it is visible (a CI run read it empty while it was still opening).
        WebElement panel =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "dateNaissance_panel")));
        assertTrue(
                waitFor().until(driver -> !panel.getText().isBlank())
                        && panel.getText().contains("Lu"),
                "calendrier toujours en français après un envoi en erreur : " + panel.getText());
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.findElement(By.tagName("h1")).click();

        type(browser, FORM + "employeurActuel", employer);
        type(browser, FORM + "nom", "Koudjo");
        type(browser, FORM + "prenoms", "Afi");
        type(browser, FORM + "email", "afi@exemple");
        type(browser, FORM + "telephone", "+228 22 21 00 00");
        Browser.typeDate(browser, FORM + "dateNaissance", LocalDate.now().plusDays(2));
        type(browser, FORM + "motDePasse", "court");
        type(browser, FORM + "confirmation", "court");
        click("enregistrer");
        errors = errors();
        assertTrue(errors.contains("Adresse mail : saisissez une adresse e-mail complète"), errors);
        assertTrue(errors.contains("Téléphone : un numéro de portable"), errors);
        assertTrue(errors.contains("Date de naissance : la date ne peut pas être dans le futur."), errors);
        assertEquals("Koudjo", browser.findElement(By.id(FORM + "nom")).getAttribute("value"), "saisie conservée");
        assertEquals(
                "afi@exemple",
                browser.findElement(By.id(FORM + "email")).getAttribute("value"),
                "même un champ en erreur garde ce qui a été tapé");
        assertEquals(
                "",
                browser.findElement(By.id(FORM + "motDePasse")).getAttribute("value"),
                "mot de passe jamais renvoyé");

        type(browser, FORM + "email", email);
        type(browser, FORM + "telephone", mobile);
        Browser.typeDate(browser, FORM + "dateNaissance", LocalDate.of(1992, 8, 3));
        String password = "Le fleuve Mono coule vers la mer";
        type(browser, FORM + "motDePasse", password);
        type(browser, FORM + "confirmation", password);
        click("enregistrer");
        assertTrue(errors().contains("Les informations saisies ne correspondent pas à celles de la CNSS"), errors());
        assertTrue(!errors().contains("1992"), "rien du registre n'est montré");

        Browser.typeDate(browser, FORM + "dateNaissance", LocalDate.of(1992, 3, 8));
        type(browser, FORM + "motDePasse", password);
        type(browser, FORM + "confirmation", password);
        click("enregistrer");
        waitFor()
                .until(driver -> driver.getTitle().contains("Validation")
                        || driver.getTitle().startsWith("Erreur"));
        assertTrue(browser.getTitle().contains("Validation"), () -> "refusé : " + errors());
        assertTrue(
                browser.findElement(By.tagName("main")).getText().contains("+228 96 •• •• " + unique.substring(4, 6)));
        Accessibility.assertNoSeriousViolation(browser, "validation du code");

        // The SMS code alone is not enough: the e-mail address is proved by its own code.
        type(browser, FORM + "code", code(mobile));
        type(browser, FORM + "codeEmail", code(mobile));
        click("soumettreCode");
        assertTrue(errors().contains("Codes de vérification incorrects : il vous reste 4 essai(s)."), errors());
        click("renvoyerCode");
        WebElement notice = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "erreurs")));
        assertTrue(notice.getText().contains("vous pourrez en demander un autre dans 1 minute(s)"), notice.getText());

        type(browser, FORM + "code", code(mobile));
        type(browser, FORM + "codeEmail", emailCode(email));
        click("soumettreCode");
        waitFor().until(ExpectedConditions.titleContains("Succès"));
        assertEquals(
                "Un compte a été créé avec succès, Vous serez notifié par e-mail une fois votre compte activé",
                browser.findElement(By.id("messageSucces")).getText());
        Accessibility.assertNoSeriousViolation(browser, "inscription réussie");
        Browser.screenshot(browser, "inscription-succes");

        browser.findElement(By.id("retour")).click();
        type(browser, "connexion:email", email);
        type(browser, "connexion:motDePasse", password);
        browser.findElement(By.id("connexion:seConnecter")).click();
        WebElement signInErrors =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("connexion:erreurs")));
        assertTrue(
                signInErrors.getText().contains("Votre compte est en attente d'activation par la CNSS"),
                signInErrors.getText());
    }

    @Test
    void anEmployerSignsUpThroughEveryKindOfErrorAndAnExpiredCode() throws Exception {
        String employer = seedRegistry()[0];
        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String email = "atelier" + unique + "@exemple.tg";
        String mobile =
                "+228 97 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6);
        open("/inscription/employeur.xhtml");
        submitNumberError(new EmployerNumber(19_999_999L).display());
        submitNumber(employer);
        WebElement name = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "raisonSociale")));
        assertEquals("", name.getAttribute("value"), "nothing of the registry is shown (security review, finding 8)");
        Accessibility.assertNoSeriousViolation(browser, "inscription employeur : formulaire");

        click("enregistrer");
        String errors = errors();
        for (String expected : new String[] {
            "Raison Sociale : indiquez",
            "Téléphone de l'entreprise : ",
            "Nom du demandeur : indiquez",
            "Prénoms du demandeur : indiquez",
            "Adresse mail : indiquez",
            "Téléphone du demandeur : indiquez",
            "Date de création de l'entreprise : indiquez-la",
            "Mot de passe : 12 caractères au moins"
        }) {
            assertTrue(errors.contains(expected), expected + " absent de " + errors);
        }
        type(browser, FORM + "raisonSociale", "Atelier de démonstration");
        type(browser, FORM + "telephoneEntreprise", "+228 12 34");
        type(browser, FORM + "nom", "AGBODJAN");
        type(browser, FORM + "prenoms", "Kafui");
        type(browser, FORM + "email", "atelier@exemple");
        type(browser, FORM + "telephone", "+228 22 21 00 00");
        Browser.typeDate(browser, FORM + "dateCreation", LocalDate.now().plusDays(3));
        String password = "Les ateliers de Bè ouvrent tôt";
        type(browser, FORM + "motDePasse", password);
        type(browser, FORM + "confirmation", password + " !");
        click("enregistrer");
        errors = errors();
        for (String expected : new String[] {
            "Téléphone de l'entreprise : numéro togolais",
            "Adresse mail : saisissez",
            "Téléphone du demandeur : un numéro de portable",
            "Date de création de l'entreprise : la date ne peut pas",
            "Confirmation mot de passe : elle diffère"
        }) {
            assertTrue(errors.contains(expected), expected + " absent de " + errors);
        }
        assertEquals("AGBODJAN", browser.findElement(By.id(FORM + "nom")).getAttribute("value"), "saisie conservée");

        type(browser, FORM + "telephoneEntreprise", "+228 22 21 45 67");
        type(browser, FORM + "email", email);
        type(browser, FORM + "telephone", mobile);
        Browser.typeDate(browser, FORM + "dateCreation", LocalDate.of(2015, 6, 1));
        type(browser, FORM + "motDePasse", password);
        type(browser, FORM + "confirmation", password);
        click("enregistrer");
        assertTrue(errors().contains("Raison Sociale : elle ne correspond pas"), errors());
        // The registry's name as on the certificate, typed in capitals: accepted.
        type(
                browser,
                FORM + "raisonSociale",
                "ATELIER " + EmployerNumber.parse(employer).display().substring(2, 10));
        type(browser, FORM + "telephone", mobile);
        Browser.typeDate(browser, FORM + "dateCreation", LocalDate.of(2015, 6, 1));
        type(browser, FORM + "motDePasse", password);
        type(browser, FORM + "confirmation", password);
        click("enregistrer");
        waitFor()
                .until(driver -> driver.getTitle().contains("Validation")
                        || driver.getTitle().startsWith("Erreur"));
        assertTrue(browser.getTitle().contains("Validation"), () -> "refusé : " + errors());

        String expired = code(mobile);
        String expiredEmail = emailCode(email);
        try {
            moveClock(61);
            type(browser, FORM + "code", expired);
            type(browser, FORM + "codeEmail", expiredEmail);
            click("soumettreCode");
            assertTrue(errors().contains("Ces codes ont expiré (ils sont valides 1 heure)"), errors());
            click("renvoyerCode");
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "erreurs")));
            String fresh = Browser.codeFromDemoMailbox(
                    deploymentUrl,
                    "+228" + mobile.replaceAll("\\D", "").substring(3),
                    Pattern.compile("(?s)code de vérification par SMS est (?!" + expired + ")(\\d{6})"));
            String freshEmail = Browser.codeFromDemoMailbox(
                    deploymentUrl,
                    email,
                    Pattern.compile("(?s)avec celui reçu par SMS :\\s+(?!" + expiredEmail + ")(\\d{6})"));
            type(browser, FORM + "code", fresh);
            type(browser, FORM + "codeEmail", freshEmail);
            click("soumettreCode");
            waitFor().until(ExpectedConditions.titleContains("Succès"));
        } finally {
            moveClock(0);
        }
    }

    /** Moves the test server's clock (0 puts it back). */
    private void moveClock(int minutes) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/test/horloge?minutes=" + minutes)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
    }

    private void submitNumberError(String number) {
        open("/inscription/employeur.xhtml");
        submitNumber(number);
        assertTrue(errors().contains("Aucun employeur n'est immatriculé sous le numéro"), errors());
    }

    /** Reads the latest code sent by SMS to the phone, from the demo mailbox page in a second browser. */
    /** The latest code sent by e-mail to the address, from the demo mailbox page. */
    private String emailCode(String email) {
        return Browser.codeFromDemoMailbox(deploymentUrl, email, EMAIL_CODE);
    }

    private String code(String phone) {
        return Browser.codeFromDemoMailbox(
                deploymentUrl, "+228" + phone.replaceAll("\\D", "").substring(3), CODE);
    }

    private String[] seedRegistry() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/test/registre")))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body().split(" ");
    }

    private void submitNumber(String number) {
        type(browser, FORM + "numero", number);
        click("soumettreNumero");
    }

    /** Clicks; a button that sends the form answers the human check first, when it is asked. */
    private void click(String id) {
        if (id.equals("enregistrer") || id.equals("confirmer")) {
            Browser.answerHumanCheck(browser, FORM);
        }
        browser.findElement(By.id(FORM + id)).click();
    }

    private String errors() {
        return waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "erreurs")))
                .getText();
    }
}
