package tg.cnss.eservices.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;

/**
 * A claim from end to end in headless Chromium: the insured person files it with a PDF (preview,
 * then confirmation with a reference), the Relations usagers agent sees it appear in the worklist
 * without reloading and opens the PDF, asks for information, the insured answers with a photo,
 * the agent approves, and the insured's history shows every step while the demo mailbox holds the notices.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimJourneyIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path FILES = Path.of("target", "upload-samples").toAbsolutePath();
    private static final Path STATEMENT = SampleFiles.write(FILES, "Relevé 2025.pdf", SampleFiles.pdf("Releve 2025"));
    private static final Path PAYSLIP = SampleFiles.write(FILES, "bulletin-decembre.jpg", SampleFiles.jpeg());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @ArquillianResource
    URL deploymentUrl;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            screenshot(browser, "fin");
            browser.quit();
        }
    }

    @Test
    void aClaimGoesFromTheInsuredToTheAgentAndBack() throws IOException {
        String object =
                "Cotisations 2025 absentes " + UUID.randomUUID().toString().substring(0, 6);

        // The agent has the worklist open (newest first by default) before the claim exists.
        WebDriver agent = Browser.open();
        try {
            signIn(agent, "agent.relations@demo.cnss.tg");
            open(agent, "/agent/corbeille.xhtml");
            Accessibility.assertNoSeriousViolation(agent, "corbeille");

            // The insured person files the claim.
            signIn(browser, DemoAccounts.INSURED.email());
            browser.findElement(By.id("menuReclamations")).click();
            waitFor(browser).until(ExpectedConditions.titleContains("Réclamations"));
            Accessibility.assertNoSeriousViolation(browser, "formulaire de réclamation");
            type(browser, "reclamation:objet", object);
            type(
                    browser,
                    "reclamation:explication",
                    "Mon employeur a déclaré mes salaires de 2025,\nmais ils n'apparaissent pas.");
            browser.findElement(By.id("reclamation:pieces")).sendKeys(STATEMENT.toString());
            browser.findElement(By.id("reclamation:verifier")).click();
            WebElement preview =
                    waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("reclamation:apercu")));
            assertTrue(preview.getText().contains("Vérifiez vos réponses"));
            assertTrue(
                    browser.findElement(By.id("apercuPieces")).getText().contains("Relevé 2025.pdf (PDF, "),
                    browser.findElement(By.id("apercuPieces")).getText());
            assertEquals(
                    object,
                    browser.findElement(By.id("reclamation:apercuObjet")).getText());
            screenshot(browser, "apercu");
            browser.findElement(By.id("reclamation:confirmer")).click();
            String reference = waitFor(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                    .getText();
            assertTrue(reference.matches("RC-\\d{4}-\\d{6}"), reference);
            assertTrue(browser.findElement(By.id("telechargerPdf"))
                    .getAttribute("href")
                    .endsWith("demande.pdf?ref=" + reference));
            Accessibility.assertNoSeriousViolation(browser, "confirmation");
            screenshot(browser, "confirmation");

            // It appears in the agent's open worklist without a reload; the agent takes it and asks for more.
            WebElement link = waitFor(agent).until(ExpectedConditions.elementToBeClickable(By.linkText(reference)));
            screenshot(agent, "corbeille");
            link.click();
            WebElement statement =
                    waitFor(agent).until(ExpectedConditions.elementToBeClickable(By.linkText("Relevé 2025.pdf")));
            assertDownloads(agent, statement.getAttribute("href"), "application/pdf", Files.readAllBytes(STATEMENT));
            agent.findElement(By.id("traitement:prendre")).click();
            type(agent, "traitement:message", "Joignez votre dernier bulletin de paie de 2025.");
            agent.findElement(By.id("traitement:demanderComplement")).click();
            waitFor(agent).until(ExpectedConditions.textToBe(By.id("etat"), "Complément demandé"));
            Accessibility.assertNoSeriousViolation(agent, "traitement d'une demande");
            String itemUrl = agent.getCurrentUrl();

            // The insured person sees the notice in their space, then answers from the history.
            open(browser, "/assure/");
            assertTrue(Integer.parseInt(
                            browser.findElement(By.id("notificationsNonLues")).getText())
                    >= 1);
            assertTrue(browser.findElement(By.id("notificationsRecentes"))
                    .getText()
                    .contains(reference + " — Complément d'information demandé"));
            browser.findElement(By.id("lienNotifications")).click();
            waitFor(browser).until(ExpectedConditions.titleContains("Mes notifications"));
            assertTrue(browser.findElement(By.id("notifications"))
                    .getText()
                    .contains("Joignez votre dernier bulletin de paie"));
            assertNotEquals(
                    "0", browser.findElement(By.id("notificationsNonLues")).getText(), "opening reads nothing");
            browser.navigate().refresh();
            waitFor(browser).until(ExpectedConditions.titleContains("Mes notifications"));
            assertNotEquals(
                    "0", browser.findElement(By.id("notificationsNonLues")).getText(), "nor does a reload");
            WebElement markRead = browser.findElement(By.id("lecture:marquerLues"));
            markRead.click();
            waitFor(browser).until(Browser.replaced(markRead));
            assertEquals("0", browser.findElement(By.id("notificationsNonLues")).getText(), "lues une fois marquées");
            Accessibility.assertNoSeriousViolation(browser, "mes notifications");
            browser.findElement(By.id("menuHistorique")).click();
            WebElement claimsTab = waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("ongletRC")));
            assertTrue(claimsTab.getText().startsWith("Réclamations"), claimsTab.getText());
            claimsTab.click();
            waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("ongletRC"), "aria-current", "page"));
            Accessibility.assertNoSeriousViolation(browser, "historique des activités");
            WebElement row = waitFor(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.xpath("//tr[.//a[text()='" + reference + "']]")));
            assertTrue(row.getText().contains("Complément demandé"), row.getText());
            row.findElement(By.linkText(reference)).click();
            assertTrue(text(browser).contains("Joignez votre dernier bulletin de paie de 2025."));
            type(browser, "complement:texte", "Le voici, photographié.");
            browser.findElement(By.id("complement:pieces")).sendKeys(PAYSLIP.toString());
            browser.findElement(By.id("complement:envoyerReponse")).click();
            waitFor(browser).until(ExpectedConditions.textToBe(By.id("etat"), "En cours de traitement"));
            assertTrue(browser.findElement(By.id("piecesJointes")).getText().contains("bulletin-decembre.jpg"));
            signOut(browser);

            // The agent approves.
            agent.get(itemUrl);
            type(agent, "traitement:message", "Vos salaires de 2025 sont désormais reportés sur votre compte.");
            agent.findElement(By.id("traitement:accepter")).click();
            waitFor(agent).until(ExpectedConditions.textToBe(By.id("etat"), "Acceptée"));

            // Another department's agent and another requester see nothing of it.
            signIn(browser, "agent.recouvrement@demo.cnss.tg");
            browser.get(itemUrl);
            assertTrue(browser.findElement(By.id("inconnu"))
                    .getText()
                    .contains("n'est pas dans la corbeille de votre département"));
            signOut(browser);
            signIn(browser, DemoAccounts.EMPLOYER.email());
            open(browser, "/employeur/demande.xhtml?ref=" + reference);
            assertTrue(browser.findElement(By.id("inconnue")).getText().contains("Aucune demande " + reference));
            signOut(browser);

            // The insured person's history shows every step.
            signIn(browser, DemoAccounts.INSURED.email());
            open(browser, "/assure/demande.xhtml?ref=" + reference);
            assertEquals("Acceptée", browser.findElement(By.id("etat")).getText());
            String history = browser.findElement(By.id("historique")).getText();
            for (String step : List.of(
                    "Demande soumise",
                    "Transmise au service compétent",
                    "Prise en charge par un agent",
                    "Complément d'information demandé",
                    "Complément fourni",
                    "Demande acceptée",
                    "Vos salaires de 2025 sont désormais reportés sur votre compte.")) {
                assertTrue(history.contains(step), "historique sans « " + step + " »");
            }
            screenshot(browser, "historique");
            assertDownloads(browser, "/assure/demande.pdf?ref=" + reference, "application/pdf", null);
            WebElement payslip = browser.findElement(By.linkText("bulletin-decembre.jpg"));
            assertDownloads(browser, payslip.getAttribute("href"), "image/jpeg", Files.readAllBytes(PAYSLIP));

            // And the demo mailbox holds the notices.
            open(browser, "/demo/boite-mail.xhtml");
            long notices = browser.findElements(By.xpath("//td[contains(., '" + reference + " — ')]"))
                    .size();
            assertTrue(notices >= 5, "avis dans la boîte de démonstration : " + notices);
        } finally {
            screenshot(agent, "agent-fin");
            agent.quit();
        }
    }

    @Test
    void aSupervisorFollowsTheDepartmentAndReassignsAClaim() {
        String object = "À réaffecter " + UUID.randomUUID().toString().substring(0, 6);
        signIn(browser, DemoAccounts.INSURED.email());
        open(browser, "/assure/reclamations.xhtml");
        type(browser, "reclamation:objet", object);
        type(browser, "reclamation:explication", "Pour le superviseur.");
        browser.findElement(By.id("reclamation:verifier")).click();
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.id("reclamation:confirmer")))
                .click();
        String reference = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        signOut(browser);

        signIn(browser, DemoAccounts.SUPERVISOR.email());
        browser.findElement(By.id("menuSupervision")).click();
        waitFor(browser).until(ExpectedConditions.titleContains("Suivi du département"));
        assertTrue(browser.findElement(By.id("charge")).getText().contains("Essi LAWSON"));
        Accessibility.assertNoSeriousViolation(browser, "suivi du département");
        screenshot(browser, "supervision");
        browser.findElement(By.partialLinkText("non attribuées")).click();
        WebElement link = waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(reference)));
        assertEquals(
                "Non attribuées",
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("corbeille:agent")))
                        .getFirstSelectedOption()
                        .getText());
        link.click();

        // A second tab of the same item takes it; the first, still showing it unassigned, is told
        // that it changed in the meantime and shows it as it is now.
        WebElement take = waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.id("traitement:prendre")));
        String firstTab = browser.getWindowHandle();
        String itemUrl = browser.getCurrentUrl();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(itemUrl);
        waitFor(browser)
                .until(ExpectedConditions.elementToBeClickable(By.id("traitement:prendre")))
                .click();
        waitFor(browser).until(ExpectedConditions.textToBe(By.id("etat"), "En cours de traitement"));
        browser.close();
        browser.switchTo().window(firstTab);
        take.click();
        WebElement changed =
                waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("traitement:messages")));
        assertTrue(changed.getText().contains("a été modifiée entre-temps"), changed.getText());
        assertEquals(
                "En cours de traitement", browser.findElement(By.id("etat")).getText());
        String history = browser.findElement(By.id("historique")).getText();
        assertEquals(
                2, history.split("Prise en charge par un agent", -1).length, "une seule prise en charge : " + history);
        Accessibility.assertNoSeriousViolation(browser, "demande modifiée entre-temps");

        waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reaffectation:reaffecter")))
                .click();
        WebElement errors = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reaffectation:messagesReaffectation")));
        assertTrue(errors.getText().contains("Confier à : choisissez l'agent"), errors.getText());
        Browser.choose(browser, "reaffectation:agentCible", "Essi LAWSON");
        type(browser, "reaffectation:motifReaffectation", "Spécialiste des cotisations");
        browser.findElement(By.id("reaffectation:reaffecter")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("historique"), "Réaffectée"));
        assertTrue(browser.findElement(By.id("historique")).getText().contains("Confiée à Essi LAWSON"));
        assertTrue(browser.findElement(By.id("confieeAutre")).getText().contains("agent.relations@demo.cnss.tg"));
        Accessibility.assertNoSeriousViolation(browser, "demande réaffectée");
        screenshot(browser, "reaffectation");
    }

    @Test
    void aProgramPassedOffAsAPdfIsRefusedAndTheClaimKept() {
        Path fake = SampleFiles.write(FILES, "facture.pdf", SampleFiles.windowsProgram());
        signIn(browser, DemoAccounts.EMPLOYER.email());
        open(browser, "/employeur/reclamations.xhtml");
        type(browser, "reclamation:objet", "Facture contestée");
        type(browser, "reclamation:explication", "Voir la facture jointe.");
        browser.findElement(By.id("reclamation:pieces")).sendKeys(fake.toString());
        browser.findElement(By.id("reclamation:verifier")).click();
        WebElement errors =
                waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("reclamation:erreurs")));
        assertTrue(
                errors.getText().contains("Le fichier « facture.pdf » n'est ni un PDF, ni une image JPEG ou PNG"),
                errors.getText());
        assertEquals(
                "Facture contestée",
                browser.findElement(By.id("reclamation:objet")).getAttribute("value"));
        assertTrue(browser.findElements(By.id("reclamation:apercu")).isEmpty(), "pas d'aperçu avec un fichier refusé");
        Accessibility.assertNoSeriousViolation(browser, "pièce jointe refusée");

        // A real PDF instead, then removed again before the preview.
        browser.findElement(By.id("reclamation:pieces")).sendKeys(STATEMENT.toString());
        browser.findElement(By.id("reclamation:verifier")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("reclamation:apercu")));
        browser.findElement(By.id("reclamation:modifier")).click();
        WebElement kept = waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("reclamation:piecesGardees")));
        assertTrue(kept.getText().contains("Relevé 2025.pdf"), kept.getText());
        browser.findElement(By.xpath("//button[@aria-label='Retirer Relevé 2025.pdf']"))
                .click();
        waitFor(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("reclamation:piecesGardees")));
        assertEquals(
                "Facture contestée",
                browser.findElement(By.id("reclamation:objet")).getAttribute("value"));
    }

    @Test
    void anEmptyClaimIsRefusedInFrenchAndNothingIsFiled() {
        signIn(browser, DemoAccounts.EMPLOYER.email());
        open(browser, "/employeur/reclamations.xhtml");
        type(browser, "reclamation:objet", "Objet sans explication");
        browser.findElement(By.id("reclamation:verifier")).click();
        WebElement errors =
                waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("reclamation:erreurs")));
        assertTrue(errors.getText().contains("Explication : expliquez votre démarche"), errors.getText());
        assertTrue(browser.getTitle().startsWith("Erreur : "), browser.getTitle());
        assertEquals(
                "Objet sans explication",
                browser.findElement(By.id("reclamation:objet")).getAttribute("value"),
                "ce qui a été saisi est conservé");
        Accessibility.assertNoSeriousViolation(browser, "réclamation en erreur");
    }

    private void signIn(WebDriver driver, String email) {
        open(driver, "/");
        type(driver, "connexion:email", email);
        type(driver, "connexion:motDePasse", DemoAccounts.PASSWORD);
        Browser.signInAndPassSecondStep(driver);
        waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));
    }

    private void signOut(WebDriver driver) {
        driver.findElement(By.id("deconnexion:seDeconnecter")).click();
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("messageDeconnexion")));
    }

    /**
     * Fetches a download with the browser's session cookie: the expected type, as an attachment
     * that browsers may not sniff, with the expected bytes (or at least a PDF header).
     */
    private void assertDownloads(WebDriver driver, String path, String mediaType, byte[] expected) {
        var response = Browser.download(driver, deploymentUrl, path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(mediaType, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"), path);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        if (expected == null) {
            assertTrue(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        } else {
            assertArrayEquals(expected, response.body(), path);
        }
    }

    private void open(WebDriver driver, String path) {
        driver.get(URI.create(deploymentUrl.toString()).resolve(path).toString());
    }

    private static String text(WebDriver driver) {
        return driver.findElement(By.tagName("body")).getText();
    }

    private static WebDriverWait waitFor(WebDriver driver) {
        return Browser.waitFor(driver, WAIT);
    }

    private static void screenshot(WebDriver driver, String step) {
        Browser.screenshot(driver, "reclamation-" + step);
    }
}
