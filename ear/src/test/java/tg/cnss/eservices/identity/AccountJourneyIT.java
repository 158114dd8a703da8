package tg.cnss.eservices.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.identity.control.Base32;
import tg.cnss.eservices.identity.control.Totp;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.AccountSeeder;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The account's life in headless Chromium. Second factor, codes computed as an authenticator app
 * would from the key the page shows: a new agent must set up an app before reaching the agents'
 * space and gets ten recovery codes, one of which later signs in; an insured person turns an app
 * on in "Sécurité du compte", signs in with it, and turns it off with the password. "Modifier mes
 * infos": an employer goes through its errors, proves a new number with the SMS code, and files.
 * "Mot de passe oublié ?": the link from the demo mailbox, a weak then a mistyped password, the
 * new one that signs in, and the link refused the second time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountJourneyIT extends BrowserJourney {

    private static final java.util.regex.Pattern CLAIM_CODE =
            java.util.regex.Pattern.compile("adresse e-mail » :\\s+(\\d{6})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withRegistrySeeder();
    }

    @Test
    void aNewAgentSetsUpAnAppBeforeReachingTheSpace() throws Exception {
        String email = seedAccount("AGENT");
        signIn(email);
        waitFor().until(ExpectedConditions.titleContains("Activer l'application d'authentification"));
        assertTrue(
                browser.findElement(By.cssSelector("#verification svg.cnss-qr")).isDisplayed(), "code QR affiché");
        Accessibility.assertNoSeriousViolation(browser, "activation de l'application");
        Browser.screenshot(browser, "activation-application");
        byte[] secret = keyShown();

        String code = Totp.codeAt(secret, Totp.stepAt(Instant.now()));
        submitCode(code.equals("000000") ? "111111" : "000000");
        assertTrue(errors().contains("Code incorrect ou expiré"), errors());
        assertTrue(browser.getTitle().startsWith("Erreur"), browser.getTitle());
        assertEquals(keyOnPage(), Base32.encode(secret), "la même clé reste affichée après l'erreur");

        submitCode(Totp.codeAt(secret, Totp.stepAt(Instant.now())));
        waitFor().until(ExpectedConditions.titleContains("Codes de secours"));
        List<String> codes = browser.findElements(By.cssSelector("#listeCodes li")).stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(10, codes.size(), codes.toString());
        Accessibility.assertNoSeriousViolation(browser, "codes de secours");
        browser.findElement(By.id("continuer")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("menuCorbeille")));

        signOut();
        signIn(email);
        waitFor().until(ExpectedConditions.titleContains("Vérification en deux étapes"));
        Accessibility.assertNoSeriousViolation(browser, "vérification en deux étapes");
        assertTrue(
                browser.findElements(By.id("codeDemo")).isEmpty(), "aucun code affiché hors comptes de démonstration");
        submitCode(codes.get(0));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("menuCorbeille")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("il vous en reste 9"));
    }

    @Test
    void anInsuredPersonTurnsAnAppOnThenOff() throws Exception {
        String email = seedAccount("INSURED");
        signIn(email);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));
        browser.findElement(By.id("lienSecurite")).click();
        waitFor().until(ExpectedConditions.titleContains("Sécurité du compte"));
        assertEquals(
                "Aucune (mot de passe seul)",
                browser.findElement(By.id("facteur")).getText());
        Accessibility.assertNoSeriousViolation(browser, "sécurité du compte");

        browser.findElement(By.id("application:configurer")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("cle")));
        byte[] secret = keyShown();
        type(browser, "application:codeApplication", Totp.codeAt(secret, Totp.stepAt(Instant.now())));
        type(browser, "application:motDePasseApplication", AccountSeeder.PASSWORD);
        browser.findElement(By.id("application:activerApplication")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("listeCodes")));
        assertEquals(
                "Application d'authentification",
                browser.findElement(By.id("facteur")).getText());
        assertEquals(10, browser.findElements(By.cssSelector("#listeCodes li")).size());

        signOut();
        signIn(email);
        waitFor().until(ExpectedConditions.titleContains("Vérification en deux étapes"));
        // The code of the step used to turn the app on served once; an app shows the next within 30 s.
        submitCode(Totp.codeAt(secret, Totp.stepAt(Instant.now()) + 1));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));

        browser.findElement(By.id("lienSecurite")).click();
        waitFor().until(ExpectedConditions.titleContains("Sécurité du compte"));
        type(browser, "desactivation:motDePasseDesactivation", "pas le bon mot de passe");
        browser.findElement(By.id("desactivation:desactiver")).click();
        waitFor().until(ExpectedConditions.titleContains("Erreur"));
        assertTrue(browser.findElement(By.id("messages"))
                .getText()
                .contains("Mot de passe actuel : il ne correspond pas à celui de votre compte."));
        type(browser, "desactivation:motDePasseDesactivation", AccountSeeder.PASSWORD);
        browser.findElement(By.id("desactivation:desactiver")).click();
        waitFor().until(driver -> driver.findElement(By.id("facteur")).getText().equals("Aucune (mot de passe seul)"));
    }

    @Test
    void anEmployerAsksToChangeItsContactAndProvesTheNewNumber() throws Exception {
        String email = seedAccount("EMPLOYER");
        String unique = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        String mobile = "+228 97 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4);
        signIn(email);
        waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("menuProfil")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Le profil de l'utilisateur"));
        browser.findElement(By.id("modifierMesInfos")).click();
        waitFor().until(ExpectedConditions.titleContains("Modifier mes infos"));
        assertEquals(
                email, browser.findElement(By.id("modification:email")).getAttribute("value"), "valeurs actuelles");
        Accessibility.assertNoSeriousViolation(browser, "modifier mes infos");

        clickAndWait("modification:continuer");
        assertTrue(
                changeErrors().contains("Téléphone : indiquez un numéro de portable"),
                "compte sans numéro : " + changeErrors());
        type(browser, "modification:email", "nom@exemple");
        clickAndWait("modification:continuer");
        assertTrue(
                changeErrors().contains("Adresse mail (identifiant) : saisissez une adresse e-mail complète"),
                changeErrors());
        assertEquals(
                "nom@exemple",
                browser.findElement(By.id("modification:email")).getAttribute("value"),
                "ce qui a été tapé reste affiché");

        type(browser, "modification:email", email);
        type(browser, "modification:nomContact", "Kafui AGBODJAN");
        type(browser, "modification:telephone", mobile);
        clickAndWait("modification:continuer");
        String changes = browser.findElement(By.id("modifications")).getText();
        assertTrue(changes.contains("Nom et prénoms du contact Essi TEST Kafui AGBODJAN"), changes);
        assertTrue(changes.contains("Téléphone non renseigné " + mobile), changes);
        Accessibility.assertNoSeriousViolation(browser, "modifier mes infos : vérification");

        String code = Browser.codeFromDemoMailbox(
                deploymentUrl,
                mobile.replace(" ", ""),
                java.util.regex.Pattern.compile("code de vérification est (\\d{6})"));
        type(browser, "modification:codeTelephone", code.equals("000000") ? "111111" : "000000");
        clickAndWait("modification:envoyer");
        assertTrue(changeErrors().contains("Code reçu par SMS : incorrect ou expiré"), changeErrors());
        type(browser, "modification:codeTelephone", code);
        clickAndWait("modification:envoyer");
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")))
                .getText();
        assertTrue(reference.startsWith("MI-"), reference);
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheEmailedLink() throws Exception {
        String email = seedAccount("INSURED");
        open("/");
        browser.findElement(By.id("motDePasseOublie")).click();
        waitFor().until(ExpectedConditions.titleContains("Mot de passe oublié"));
        type(browser, "oubli:email", email);
        clickAndWait("oubli:envoyerLien");
        assertTrue(browser.findElement(By.id("oubli:lienEnvoye")).isDisplayed());

        String token = Browser.codeFromDemoMailbox(
                deploymentUrl,
                email,
                java.util.regex.Pattern.compile("nouveau-mot-de-passe\\.xhtml\\?jeton=([A-Za-z0-9_-]+)"));
        open("/nouveau-mot-de-passe.xhtml?jeton=" + token);
        waitFor().until(ExpectedConditions.titleContains("Nouveau mot de passe"));
        type(browser, "choix:motDePasse", "court");
        type(browser, "choix:confirmation", "court");
        clickAndWait("choix:enregistrer");
        assertTrue(resetErrors().contains("Mot de passe : 12 caractères au moins"), resetErrors());
        String chosen = "Le marché de Bè ouvre à six heures";
        type(browser, "choix:motDePasse", chosen);
        type(browser, "choix:confirmation", chosen + ".");
        clickAndWait("choix:enregistrer");
        assertTrue(resetErrors().contains("Confirmation mot de passe : elle diffère"), resetErrors());
        Accessibility.assertNoSeriousViolation(browser, "nouveau mot de passe en erreur");
        type(browser, "choix:motDePasse", chosen);
        type(browser, "choix:confirmation", chosen);
        clickAndWait("choix:enregistrer");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("motDePasseChange")));

        type(browser, "connexion:email", email);
        type(browser, "connexion:motDePasse", chosen);
        clickAndWait("connexion:seConnecter");
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));
        open("/nouveau-mot-de-passe.xhtml?jeton=" + token);
        assertTrue(browser.findElement(By.id("lienInvalide")).isDisplayed(), "le lien ne sert qu'une fois");
    }

    private String resetErrors() {
        return browser.findElement(By.id("choix:erreurs")).getText();
    }

    @Test
    void anOldSiteUserNameAddsItsEmailOnceThenSignsInWithIt() throws Exception {
        String username = seed("/test/compte?role=INSURED&ancien=1");
        signIn(username);
        waitFor().until(ExpectedConditions.titleContains("Ajoutez votre adresse e-mail"));
        assertEquals(
                username.toLowerCase(),
                browser.findElement(By.id("ancienCompte:ancienIdentifiant")).getText());
        Accessibility.assertNoSeriousViolation(browser, "ancien compte : adresse e-mail");

        type(browser, "ancienCompte:email", "pas-une-adresse");
        clickAndWait("ancienCompte:envoyerCode");
        String refused = browser.findElement(By.id("ancienCompte:messages")).getText();
        assertTrue(refused.contains("n'est pas une adresse e-mail valide"), refused);
        assertEquals("true", browser.findElement(By.id("ancienCompte:email")).getAttribute("aria-invalid"));

        String email = username.toLowerCase() + "@exemple.tg";
        type(browser, "ancienCompte:email", email);
        clickAndWait("ancienCompte:envoyerCode");
        String sent = browser.findElement(By.id("ancienCompte:messages")).getText();
        assertTrue(sent.contains("Un code de vérification a été envoyé"), sent);
        type(browser, "ancienCompte:code", Browser.codeFromDemoMailbox(deploymentUrl, email, CLAIM_CODE));
        clickAndWait("ancienCompte:valider");
        String done = browser.findElement(By.id("adresseVerifiee")).getText();
        assertTrue(done.contains(email + " est vérifiée"), done);
        Accessibility.assertNoSeriousViolation(browser, "ancien compte : adresse vérifiée");

        signIn(username);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));
        assertTrue(browser.getCurrentUrl().endsWith("/assure/"), browser.getCurrentUrl());
        signOut();
        signIn(email);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));
    }

    private String seed(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private void clickAndWait(String id) {
        WebElement button = browser.findElement(By.id(id));
        button.click();
        waitFor().until(Browser.replaced(button));
    }

    private String changeErrors() {
        return browser.findElement(By.id("modification:erreurs")).getText();
    }

    private byte[] keyShown() {
        return Base32.decode(keyOnPage());
    }

    private String keyOnPage() {
        return browser.findElement(By.id("cle")).getText().replace(" ", "");
    }

    private void signIn(String email) {
        open("/");
        type(browser, "connexion:email", email);
        type(browser, "connexion:motDePasse", AccountSeeder.PASSWORD);
        WebElement button = browser.findElement(By.id("connexion:seConnecter"));
        button.click();
        waitFor().until(Browser.replaced(button));
    }

    private void submitCode(String code) {
        type(browser, "verification:code", code);
        WebElement button = browser.findElement(By.id("verification:verifier"));
        button.click();
        waitFor().until(Browser.replaced(button));
    }

    private String errors() {
        return browser.findElement(By.id("verification:erreurs")).getText();
    }

    private String seedAccount(String role) throws Exception {
        return seed("/test/compte?role=" + role);
    }
}
