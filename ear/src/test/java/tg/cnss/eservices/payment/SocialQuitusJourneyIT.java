package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.regex.Matcher;
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
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.AccountSeeder;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Demande de Quitus Social" in headless Chromium: an employer in arrears reads why he cannot have
 * one and where to put it right, pays by mobile money and finds his account balanced and the
 * quitus open to him; an employer in good standing asks, Recouvrement approves, the PDF
 * downloads, and the page its QR code opens — no sign-in — says the quitus is valid.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SocialQuitusJourneyIT extends BrowserJourney {

    private static final String FORM = "quitus:";
    private static final Pattern CODE = Pattern.compile("Code de vérification\\s*([2-9A-Z]{10})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withGoodStandingSeeder();
    }

    @Test
    void anEmployerInArrearsSeesWhyPaysByMobileMoneyAndBecomesEligible() {
        signInWithPassword(postToTestServlet("/test/employeur-a-jour?arrieres=1"), AccountSeeder.PASSWORD);
        openQuitusPage();
        assertTrue(browser.findElement(By.id("verdict")).getText().startsWith("Pas encore"));
        WebElement payments =
                browser.findElement(By.xpath("//ul[@id='listeConditions']/li[contains(., 'Cotisations payées')]"));
        assertTrue(
                payments.getText().contains("(non remplie)")
                        || payments.getText().contains("Reste à payer"),
                payments.getText());
        assertTrue(payments.findElement(By.linkText("Régulariser"))
                .getAttribute("href")
                .endsWith("/employeur/compte-cotisant.xhtml"));
        assertTrue(browser.findElements(By.id(FORM + "verifier")).isEmpty(), "no request while not eligible");
        Browser.screenshot(browser, "quitus-conditions-non-remplies");
        browser.findElement(By.id("attestationProposee"))
                .findElement(By.linkText("attestation d'immatriculation"))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Attestation d'immatriculation"));

        // He pays what is owed (the amount offered) by mobile money: the account is balanced, the quitus open.
        browser.findElement(By.id("menuPaiementCotisation")).click();
        waitFor().until(ExpectedConditions.titleContains("Paiement de Cotisation"));
        browser.findElement(By.cssSelector("label[for='mobile:operateur:1']")).click();
        type(browser, "mobile:telephone", "91 23 45 67");
        browser.findElement(By.id("mobile:payer")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Reçu par la CNSS"));
        browser.findElement(By.id("menuCompteCotisant")).click();
        waitFor().until(ExpectedConditions.titleContains("Compte-Cotisant"));
        assertEquals(
                "0 FCFA", browser.findElement(By.id("resteAPayer")).getText().replace('\u00a0', ' '));
        openQuitusPage();
        assertTrue(browser.findElement(By.id("verdict")).getText().startsWith("Oui"));
    }

    @Test
    void anEmployerInGoodStandingGetsAQuitusThatABuyerVerifies() throws Exception {
        String email = postToTestServlet("/test/employeur-a-jour");
        signInWithPassword(email, AccountSeeder.PASSWORD);
        openQuitusPage();
        assertTrue(browser.findElement(By.id("verdict")).getText().startsWith("Oui"));
        type(browser, FORM + "marche", "AO n° 012/2026/MS");
        type(browser, FORM + "acheteur", "Ministère de la Santé");
        browser.findElement(By.id(FORM + "verifier")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "apercu")));
        assertEquals(
                "AO n° 012/2026/MS", browser.findElement(By.id("apercuMarche")).getText());
        Accessibility.assertNoSeriousViolation(browser, "aperçu de la demande de quitus");
        browser.findElement(By.id(FORM + "confirmer")).click();
        String request = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(request.matches("DQ-\\d{4}-\\d{6}"), request);
        signOut();

        signInWithSecondStep("agent.recouvrement@demo.cnss.tg");
        takeFromWorklist(request);
        approveTaken();
        assertTrue(browser.findElement(By.id("historique")).getText().contains("Votre quitus social QS-"));
        signOut();

        signInWithPassword(email, AccountSeeder.PASSWORD);
        WebElement fact = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("faitQuitus")));
        assertTrue(
                fact.getText().matches("(?s).*QS-\\d{4}-[0-9A-Z]{8}.*valable jusqu'au \\d{2}/\\d{2}/\\d{4}.*"),
                fact.getText());
        openQuitusPage();
        WebElement link = browser.findElement(By.id("telechargerQuitusEnCours"));
        var pdf = Browser.download(browser, deploymentUrl, link.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("QUITUS SOCIAL") && text.contains("Ministère de la Santé"), text);
        Matcher reference = Pattern.compile("QS-\\d{4}-[0-9A-Z]{8}").matcher(text);
        Matcher code = CODE.matcher(text);
        assertTrue(reference.find() && code.find(), text);
        signOut();

        // The buyer reads the QR code: the page opens without signing in.
        open("/verifier.xhtml?ref=" + reference.group() + "&code=" + code.group(1));
        assertEquals("Valide", browser.findElement(By.id("etat")).getText());
        assertTrue(browser.findElement(By.id("titulaire")).getText().startsWith("Entreprise à jour E-"));
    }

    private void openQuitusPage() {
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("menuQuitusSocial")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Demande de Quitus Social"));
        Accessibility.assertNoSeriousViolation(browser, "demande de quitus social");
    }
}
