package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;

/**
 * "Demande d'immatriculation travailleur" in headless Chromium: the employer fills the form (errors
 * said on their fields, the ID scan joined), previews it with the late-registration notice and
 * confirms; the Immatriculation agent gives the worker a new insured number; the worker is then in
 * "Mes travailleurs" with that number. And the public form of a worker registering himself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkerRegistrationJourneyIT extends BrowserJourney {

    private static final String FORM = "immatriculation:";
    private static final Path SCAN = SampleFiles.write(
            Path.of("target", "upload-samples").toAbsolutePath(), "cni-recto-verso.pdf", SampleFiles.pdf("CNI"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEmployerRegistersAWorkerAndTheAgentGivesHimANumber() {
        String lastName = "DOSSEH" + unique();
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        browser.findElement(By.id("menuImmatriculationTravailleur")).click();
        waitFor().until(ExpectedConditions.titleContains("Demande d'immatriculation travailleur"));
        Accessibility.assertNoSeriousViolation(browser, "demande d'immatriculation travailleur");

        browser.findElement(By.id(FORM + "soumettre")).click();
        String errors = errors();
        for (String expected : new String[] {
            "Nom : indiquez le nom de famille du travailleur.",
            "Date de naissance : indiquez-la",
            "Pièce d'état civil : choisissez acte de naissance ou jugement supplétif.",
            "Type de pièce d'identité : choisissez-le dans la liste.",
            "Date d'embauche : indiquez-la",
            "Pièces jointes : joignez la copie de la pièce d'identité"
        }) {
            assertTrue(errors.contains(expected), "message absent : " + expected + " dans " + errors);
        }
        Accessibility.assertNoSeriousViolation(browser, "demande d'immatriculation travailleur en erreur");

        fillWorker(lastName, "Akouvi", today().minusDays(12));
        type(browser, FORM + "salaire", "95000");
        browser.findElement(By.id(FORM + "pieces")).sendKeys(SCAN.toString());
        browser.findElement(By.id(FORM + "soumettre")).click();
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "apercu")));
        String shown = preview.getText();
        assertTrue(shown.contains("Vérifiez vos réponses"), shown);
        assertTrue(shown.contains("Déclaration tardive : embauche le "), shown);
        assertTrue(shown.contains(lastName) && shown.contains("Carte nationale d'identité (CNI)"), shown);
        assertTrue(shown.contains("cni-recto-verso.pdf (PDF, "), shown);
        assertTrue(browser.findElement(By.id("imprimer")).isDisplayed(), "the preview can be printed");
        Accessibility.assertNoSeriousViolation(browser, "aperçu de l'immatriculation travailleur");
        Browser.screenshot(browser, "immatriculation-travailleur-apercu");
        browser.findElement(By.id(FORM + "confirmer")).click();
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.matches("IT-\\d{4}-\\d{6}"), reference);
        signOut();

        // The Immatriculation agent: the warnings, the choice, the approval.
        signInWithSecondStep("agent.immatriculation@demo.cnss.tg");
        open("/agent/corbeille.xhtml");
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.linkText(reference)))
                .click();
        WebElement warnings = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("alertes")));
        assertTrue(warnings.getText().contains("Déclaration tardive"), warnings.getText());
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("traitement:prendre")))
                .click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "En cours de traitement"));
        WebElement choice = browser.findElement(By.id("traitement:choixAcceptation"));
        assertTrue(choice.getText().contains("Attribuer un nouveau numéro d'assuré"), choice.getText());
        Accessibility.assertNoSeriousViolation(browser, "décision d'immatriculation travailleur");
        browser.findElement(By.cssSelector("label[for='traitement:optionAcceptation:0']"))
                .click();
        browser.findElement(By.id("traitement:accepter")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Acceptée"));
        String history = browser.findElement(By.id("historique")).getText();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("sous le n° d'assuré (\\d{10}-\\d{2})")
                .matcher(history);
        assertTrue(number.find(), history);
        signOut();

        // The employer finds the worker on his roster, with the number.
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        open("/employeur/travailleurs.xhtml");
        type(browser, "travailleurs:recherche", lastName);
        browser.findElement(By.id("travailleurs:chercher")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("nombre"), "1 travailleur(s)."));
        String roster = browser.findElement(By.id("liste")).getText();
        assertTrue(roster.contains(lastName + " Akouvi") && roster.contains(number.group(1)), roster);

        // From an online DNR's line "à immatriculer", the form opens with the names typed there.
        open("/employeur/immatriculation-travailleur.xhtml?nom=AGBO&prenoms=Kodjo%20Mawuli");
        assertEquals("AGBO", browser.findElement(By.id(FORM + "nom")).getAttribute("value"));
        assertEquals(
                "Kodjo Mawuli", browser.findElement(By.id(FORM + "prenoms")).getAttribute("value"));
    }

    @Test
    void aWorkerNotDeclaredAMonthAfterHiringRegistersHimself() {
        String lastName = "KPOGO" + unique();
        open("/");
        browser.findElement(By.id("menuPublic:preImmatriculation_button")).click();
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.linkText("Travailleur non déclaré par son employeur")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Pré-immatriculation des travailleurs"));
        Accessibility.assertNoSeriousViolation(browser, "pré-immatriculation des travailleurs");

        type(browser, FORM + "numeroEmployeur", new EmployerNumber(10_000_001L).display());
        fillWorker(lastName, "Edem", today().minusDays(15));
        type(browser, FORM + "salaire", "60000");
        browser.findElement(By.id(FORM + "pieces")).sendKeys(SCAN.toString());
        browser.findElement(By.id(FORM + "soumettre")).click();
        assertTrue(errors().contains("un mois après l'embauche, à partir du"), errors());
        assertEquals(
                lastName, browser.findElement(By.id(FORM + "nom")).getAttribute("value"), "ce qui a été saisi reste");

        Browser.typeDate(browser, FORM + "dateEmbauche", today().minusDays(45));
        browser.findElement(By.id(FORM + "soumettre")).click();
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "apercu")));
        assertTrue(preview.getText().contains("le travailleur lui-même"), preview.getText());
        assertTrue(preview.getText().contains("cni-recto-verso.pdf"), "the scan sent before the error is kept");
        Browser.answerHumanCheck(browser, FORM);
        browser.findElement(By.id(FORM + "confirmer")).click();
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.startsWith("IT-"), reference);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Votre employeur est prévenu"));
        Accessibility.assertNoSeriousViolation(browser, "pré-immatriculation travailleur envoyée");
        assertEquals(
                200,
                Browser.download(browser, deploymentUrl, "/preimmatriculation/recepisse.pdf?ref=" + reference)
                        .statusCode());
    }

    private void fillWorker(String lastName, String firstNames, LocalDate hired) {
        type(browser, FORM + "nom", lastName);
        type(browser, FORM + "prenoms", firstNames);
        browser.findElement(By.cssSelector("label[for='" + FORM + "sexe:1']")).click();
        Browser.typeDate(browser, FORM + "dateNaissance", LocalDate.of(1997, 8, 14));
        type(browser, FORM + "lieuNaissance", "Aného");
        new Select(browser.findElement(By.id(FORM + "etatCivilType"))).selectByVisibleText("Acte de naissance");
        type(browser, FORM + "etatCivilNumero", "AN 1997/0814");
        Browser.typeDate(browser, FORM + "etatCivilDate", LocalDate.of(1997, 8, 20));
        type(browser, FORM + "etatCivilLieu", "Mairie d'Aného");
        new Select(browser.findElement(By.id(FORM + "pieceType")))
                .selectByVisibleText("Carte nationale d'identité (CNI)");
        type(browser, FORM + "pieceNumero", "0123-" + lastName);
        type(browser, FORM + "adresse", "Hédzranawoé, Lomé");
        type(browser, FORM + "telephone", "+228 91 22 33 44");
        Browser.typeDate(browser, FORM + "dateEmbauche", hired);
        type(browser, FORM + "emploi", "Secrétaire");
        new Select(browser.findElement(By.id(FORM + "contrat")))
                .selectByVisibleText("Contrat à durée indéterminée (CDI)");
    }

    private String errors() {
        return waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "erreurs")))
                .getText();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Lome"));
    }

    private static String unique() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }
}
