package tg.cnss.eservices.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.DemoAccounts.Demo;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The portal as a person sees it, in headless Chromium: the home page of the manual, sign-in of
 * every demo role, French error messages, refused spaces, and the narrowest phone screen.
 * Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void homePageShowsEveryBlockOfTheManual() {
        open("/");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("fr", ((JavascriptExecutor) browser).executeScript("return PrimeFaces.settings.locale;"));
        assertEquals(
                "janvier",
                ((JavascriptExecutor) browser)
                        .executeScript("return PrimeFaces.getLocaleSettings().monthNames[0].toLowerCase();"),
                "calendriers en français");
        assertTrue(text().contains("Mode démonstration"), "bandeau du mode démonstration");
        String page = text();
        for (String expected : List.of(
                "Services en ligne",
                "La CNSS, c'est un pour tous et tous pour un !",
                "Chers partenaires, soyez les bienvenus sur les services en ligne de la CNSS TOGO.",
                "Pré-Immatriculation en ligne",
                "Inscription sur les Services en ligne",
                "Connectez-vous ici !",
                "Identifiant (Email)",
                "Mot de passe",
                "Mot de passe oublié ?",
                "Utiliser l'application mobile",
                "Disponible sur",
                "Google Play",
                "l'App Store",
                "Télécharger le guide d'utilisation des services en ligne",
                "Si vous aviez un compte sur l'ancien site, veuillez vous connecter directement avec vos identifiants",
                "Les Services en ligne de la CNSS fonctionnent mieux sur les navigateurs Google Chrome, Mozilla Firefox",
                "© Caisse Nationale de Sécurité Sociale du Togo")) {
            assertTrue(page.contains(expected), "absent de l'accueil : " + expected);
        }
        assertEquals(
                "Employeur",
                browser.findElement(By.id("inscriptionEmployeur")).getText().trim());
        assertEquals(
                "Assuré",
                browser.findElement(By.id("inscriptionAssure")).getText().trim());
        assertEquals(
                "Connexion à mon espace",
                browser.findElement(By.id("connexion:seConnecter")).getText().trim());
        assertTrue(browser.findElement(By.id("telechargerGuide"))
                .getAttribute("href")
                .endsWith("/guide-utilisateur.pdf"));
        // Each label is tied to its field.
        assertEquals(
                "connexion:email",
                browser.findElement(By.cssSelector("label[for='connexion:email']"))
                        .getAttribute("for"));
        assertEquals(1, browser.findElements(By.cssSelector("main")).size());
        assertEquals(
                1, browser.findElements(By.cssSelector("header[role=banner]")).size());
        assertEquals(
                1,
                browser.findElements(By.cssSelector("footer[role=contentinfo]")).size());
    }

    @Test
    void preRegistrationMenuOffersItsTwoEntriesAndNeverAnError() {
        open("/");
        browser.findElement(By.id("menuPublic:preImmatriculation_button")).click();
        WebElement geEntry =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Employeur GE & PME")));
        assertTrue(browser.findElement(By.linkText("Employeur personnel domestique"))
                .isDisplayed());
        geEntry.click();
        waitFor().until(ExpectedConditions.titleContains("Demande d'immatriculation d'un employeur"));
        assertEquals(
                "DEMANDE D'IMMATRICULATION D'UN EMPLOYEUR",
                browser.findElement(By.id("titrePage")).getText());

        for (String id : List.of("googlePlay")) {
            open("/");
            browser.findElement(By.id(id)).click();
            waitFor().until(ExpectedConditions.titleContains("Bientôt disponible"));
        }
        for (String id : List.of("inscriptionEmployeur", "inscriptionAssure")) {
            open("/");
            browser.findElement(By.id(id)).click();
            waitFor().until(ExpectedConditions.titleContains("Création de compte"));
        }
        open("/");
        browser.findElement(By.id("motDePasseOublie")).click();
        waitFor().until(ExpectedConditions.titleContains("Mot de passe oublié"));
        browser.findElement(By.id("oubli:email")).sendKeys("inconnu@exemple.tg");
        browser.findElement(By.id("oubli:envoyerLien")).click();
        assertTrue(
                waitFor()
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("oubli:lienEnvoye")))
                        .getText()
                        .startsWith("Si un compte existe pour cette adresse"),
                "même réponse pour une adresse inconnue");
    }

    @Test
    void eachDemoRoleSignsInToItsOwnSpaceAndSignsOut() {
        for (Demo demo : DemoAccounts.ONE_PER_ROLE) {
            signIn(demo.email(), DemoAccounts.PASSWORD);
            waitFor().until(ExpectedConditions.urlToBe(url(demo.homePath())));
            assertEquals(
                    demo.heading(), browser.findElement(By.id("titreEspace")).getText(), demo.email());
            assertTrue(
                    browser.findElements(By.cssSelector("nav.cnss-sidebar .cnss-menu"))
                                    .size()
                            == 1,
                    "menu de gauche");
            screenshot(demo.role());
            browser.findElement(By.id("deconnexion:seDeconnecter")).click();
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("messageDeconnexion")));
            assertTrue(text().contains("Vous êtes déconnecté"));
            open(demo.homePath());
            waitFor().until(ExpectedConditions.urlContains("/connexion.xhtml"));
        }
    }

    @Test
    void spacesCarryTheManualsMenus() {
        signIn(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url("/employeur/")));
        String employer =
                browser.findElement(By.cssSelector("nav.cnss-sidebar")).getText();
        for (String tab : List.of(
                "Tableau de bord",
                "Demande d'immatriculation travailleur",
                "Remplir les DNR en ligne",
                "Envoyer un fichier D.N.R",
                "Déclaration de Cotisation",
                "Paiement de Cotisation",
                "Compte-Cotisant",
                "Demande de Quitus Social",
                "Réclamations",
                "Historique des activités",
                "Le profil de l'utilisateur")) {
            assertTrue(employer.contains(tab), "menu employeur sans " + tab);
        }
        assertTrue(text().matches("(?s).*N° employeur\\s*E-10000001-\\d{2}.*"), "numéro d'employeur affiché");
        browser.findElement(By.linkText("Demande de Quitus Social")).click();
        waitFor().until(ExpectedConditions.titleContains("Demande de Quitus Social"));

        browser.findElement(By.id("deconnexion:seDeconnecter")).click();
        signIn(DemoAccounts.INSURED.email(), DemoAccounts.PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url("/assure/")));
        String insured = browser.findElement(By.cssSelector("nav.cnss-sidebar")).getText();
        for (String tab : List.of(
                "Assurance volontaire",
                "Faire une demande",
                "Pension d'invalidité ou de vieillesse",
                "Allocation prénatale",
                "I.J.M",
                "Faire une déclaration",
                "Accident de travail",
                "Maladie professionnelle",
                "Déclaration d'enfant",
                "Déclaration de conjoint",
                "Simulateur de Pension",
                "Compte Individuel",
                "Attestation individuelle",
                "Historique des activités")) {
            assertTrue(insured.contains(tab), "menu assuré sans " + tab);
        }
        browser.findElement(By.linkText("Maladie professionnelle")).click();
        waitFor().until(ExpectedConditions.titleContains("Déclaration de maladie professionnelle"));
    }

    @Test
    void aWrongPasswordShowsAFrenchErrorAndKeepsTheEmail() {
        signIn(DemoAccounts.INSURED.email(), "ce-n-est-pas-le-bon");
        WebElement errors = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("connexion:erreurs")));
        assertTrue(errors.getText().contains("Identifiant ou mot de passe incorrect."), errors.getText());
        assertTrue(errors.getText().contains("bloquée pendant 15 minutes"), errors.getText());
        assertEquals(
                DemoAccounts.INSURED.email(),
                browser.findElement(By.id("connexion:email")).getAttribute("value"));
        assertEquals("", browser.findElement(By.id("connexion:motDePasse")).getAttribute("value"));
    }

    @Test
    void emptyFieldsAreRefusedWithFrenchMessages() {
        open("/");
        browser.findElement(By.id("connexion:seConnecter")).click();
        WebElement errors = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("connexion:erreurs")));
        assertTrue(errors.getText().contains("Saisissez l'adresse e-mail de votre compte"), errors.getText());
        assertTrue(errors.getText().contains("Saisissez votre mot de passe."), errors.getText());
    }

    @Test
    void aRoleCannotOpenAnotherRolesSpace() {
        signIn(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url("/employeur/")));
        for (String space : List.of("/admin/", "/assure/", "/agent/")) {
            open(space);
            assertTrue(browser.getTitle().startsWith("Erreur : Accès refusé"), space + " : " + browser.getTitle());
            assertTrue(browser.findElement(By.id("numeroIncident")).getText().matches("INC-\\d{8}-[0-9A-F]{6}"));
        }
        browser.findElement(By.id("retourAccueil")).click();
        waitFor().until(ExpectedConditions.urlToBe(url("/employeur/")));
    }

    @Test
    void theHomePageFitsA320PixelScreen() {
        browser.manage().window().setSize(new Dimension(320, 800));
        open("/");
        assertNoHorizontalScroll("accueil");
        screenshot("320px");
        signIn(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url("/employeur/")));
        assertNoHorizontalScroll("espace employeur");
    }

    private void assertNoHorizontalScroll(String page) {
        Object overflow = ((JavascriptExecutor) browser)
                .executeScript("var width = document.documentElement.clientWidth, wide = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && r.right > width + 1) { wide.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); }"
                        + "});"
                        + "return document.documentElement.scrollWidth > width ? wide.slice(0, 6).join(' | ') : '';");
        assertEquals("", overflow, page + " : trop large à 320 px");
    }

    @Test
    void anIdleSessionIsWarnedAndCanStay() {
        signIn(DemoAccounts.INSURED.email(), DemoAccounts.PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url("/assure/")));
        // The real timeout is 15 minutes: shorten the page's count, not the server's, to see the warning.
        ((JavascriptExecutor) browser)
                .executeScript("var g = document.getElementById('session-guard');"
                        + "g.setAttribute('data-timeout-seconds', '30'); g.setAttribute('data-warning-seconds', '29');"
                        + "CnssSession.restart();");
        WebElement dialog = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("sessionDialog")));
        assertTrue(dialog.getText().contains("vous serez déconnecté dans 2 minutes"), dialog.getText());
        screenshot("avertissement");
        browser.findElement(By.id("session:resterConnecte")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("sessionDialog")));
        assertEquals(url("/assure/"), browser.getCurrentUrl());
        assertTrue(text().contains("Espace Assuré"));
    }

    @Test
    void pagesHaveNoSeriousAccessibilityViolation() {
        for (String page : List.of(
                "/",
                "/connexion.xhtml",
                "/bientot.xhtml?service=application-mobile",
                "/page-absente.xhtml",
                "/demo/boite-mail.xhtml",
                "/inscription/employeur.xhtml",
                "/inscription/assure.xhtml",
                "/inscription/validation.xhtml?jeton=inconnu",
                "/inscription/succes.xhtml",
                "/preimmatriculation/confirmation.xhtml?ref=IE-2026-000001",
                "/mot-de-passe-oublie.xhtml",
                "/mot-du-dg.xhtml",
                "/nouveau-mot-de-passe.xhtml?jeton=perime")) {
            open(page);
            Accessibility.assertNoSeriousViolation(browser, page);
        }
        signIn(DemoAccounts.EMPLOYER.email(), "mauvais-mot-de-passe");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("connexion:erreurs")));
        Accessibility.assertNoSeriousViolation(browser, "accueil avec erreur de connexion");
        for (Demo demo :
                List.of(DemoAccounts.EMPLOYER, DemoAccounts.INSURED, DemoAccounts.SUPERVISOR, DemoAccounts.ADMIN)) {
            signIn(demo.email(), DemoAccounts.PASSWORD);
            waitFor().until(ExpectedConditions.urlToBe(url(demo.homePath())));
            Accessibility.assertNoSeriousViolation(browser, demo.homePath());
            if (demo == DemoAccounts.ADMIN) {
                for (String page : List.of(
                        "/admin/referentiel.xhtml",
                        "/admin/comptes-bancaires.xhtml",
                        "/admin/journal.xhtml",
                        "/admin/routage.xhtml",
                        "/admin/utilisateurs.xhtml",
                        "/admin/import-comptes.xhtml",
                        "/admin/mot-du-dg.xhtml")) {
                    open(page);
                    Accessibility.assertNoSeriousViolation(browser, page);
                }
                // A department left without a name is refused, on the page, in French.
                open("/admin/routage.xhtml");
                browser.findElement(By.id("departements:liste:0:nom")).clear();
                browser.findElement(By.id("departements:liste:0:renommer")).click();
                String refused = waitFor()
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.id("departements:messagesDepartements")))
                        .getText();
                assertTrue(refused.contains("Nom du département : indiquez le nom"), refused);
                Accessibility.assertNoSeriousViolation(browser, "département sans nom");
            } else {
                if (demo == DemoAccounts.EMPLOYER || demo == DemoAccounts.INSURED) {
                    browser.findElement(By.id("menuProfil")).click();
                    waitFor().until(ExpectedConditions.titleContains("Le profil de l'utilisateur"));
                    String profile = browser.findElement(By.id("profil")).getText();
                    assertTrue(profile.contains(demo.email()), profile);
                    assertTrue(
                            profile.contains(demo == DemoAccounts.EMPLOYER ? "E-10000001-61" : "1000000001-90"),
                            profile);
                    Accessibility.assertNoSeriousViolation(browser, "profil " + demo.email());
                }
                open("/admin/");
                Accessibility.assertNoSeriousViolation(browser, "403 pour " + demo.email());
            }
            browser.findElement(By.id("deconnexion:seDeconnecter")).click();
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("messageDeconnexion")));
        }
    }

    @Test
    void anAdministratorWritesTheDirectorsWordThatTheHomePageLinksTo() {
        signIn(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        waitFor().until(ExpectedConditions.urlToBe(url(DemoAccounts.ADMIN.homePath())));
        browser.findElement(By.id("menuMotDuDg")).click();
        waitFor().until(ExpectedConditions.titleContains("Mot du Directeur général"));

        // A missing title is refused in French; the text typed stays in the form.
        WebElement title = browser.findElement(By.id("motDuDg:title"));
        title.clear();
        WebElement body = browser.findElement(By.id("motDuDg:body"));
        body.clear();
        body.sendKeys("Chers partenaires,\n\nNos services en ligne <script>alert('dg')</script> vous attendent.");
        WebElement before = browser.findElement(By.id("motDuDg:publier"));
        before.click();
        waitFor().until(Browser.replaced(before));
        String refused = browser.findElement(By.id("motDuDg:messages")).getText();
        assertTrue(refused.contains("Titre : indiquez le titre de la page."), refused);
        assertEquals("true", browser.findElement(By.id("motDuDg:title")).getAttribute("aria-invalid"));
        assertTrue(
                browser.findElement(By.id("motDuDg:body")).getAttribute("value").contains("vous attendent."));

        browser.findElement(By.id("motDuDg:title")).sendKeys("Le mot du Directeur général");
        WebElement publish = browser.findElement(By.id("motDuDg:publier"));
        publish.click();
        waitFor().until(Browser.replaced(publish));
        String done = browser.findElement(By.id("motDuDg:messages")).getText();
        assertTrue(done.contains("Le mot du Directeur général est publié."), done);
        browser.findElement(By.id("deconnexion:seDeconnecter")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("messageDeconnexion")));

        open("/");
        browser.findElement(By.id("lienMotDuDg")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("motDuDg")));
        List<WebElement> paragraphs = browser.findElements(By.cssSelector("#motDuDg .cnss-editorial__paragraph"));
        assertEquals(2, paragraphs.size());
        assertEquals("Chers partenaires,", paragraphs.get(0).getText());
        assertEquals(
                "Nos services en ligne <script>alert('dg')</script> vous attendent.",
                paragraphs.get(1).getText(),
                "du texte, jamais du HTML");
        assertTrue(browser.findElements(By.cssSelector("#motDuDg script")).isEmpty());
        screenshot("mot-du-dg");
    }

    @Test
    void theDemoMailboxIsReadable() {
        open("/demo/boite-mail.xhtml");
        assertEquals("Boîte de réception de démonstration — CNSS Togo", browser.getTitle());
        assertFalse(browser.findElements(By.id("messages")).isEmpty());
    }

    private void signIn(String email, String password) {
        open("/");
        WebElement emailField = browser.findElement(By.id("connexion:email"));
        emailField.clear();
        emailField.sendKeys(email);
        browser.findElement(By.id("connexion:motDePasse")).sendKeys(password);
        Browser.signInAndPassSecondStep(browser);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void screenshot(String step) {
        Browser.screenshot(browser, testName + "-" + step);
    }
}
