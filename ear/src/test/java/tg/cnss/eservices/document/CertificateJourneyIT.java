package tg.cnss.eservices.document;

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
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The attestation d'immatriculation in headless Chromium: the employer obtains it and downloads
 * the PDF; anyone, signed out, verifies it on "Vérifier un document" with the reference and code
 * printed on it, and by the QR code's address; a wrong code finds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateJourneyIT extends BrowserJourney {

    private static final Pattern CODE = Pattern.compile("Code de vérification\\s*([2-9A-Z]{10})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEmployersAttestationIsVerifiedByABuyer() throws Exception {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        browser.findElement(By.id("menuAttestationImmatriculation")).click();
        waitFor().until(ExpectedConditions.titleContains("Attestation d'immatriculation"));
        Accessibility.assertNoSeriousViolation(browser, "attestation d'immatriculation");
        browser.findElement(By.id("attestation:obtenir")).click();
        WebElement link =
                waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("telechargerAttestation")));
        String reference = link.getText().replaceFirst(".*(AI-\\d{4}-[0-9A-Z]{8}).*", "$1");
        assertTrue(reference.startsWith("AI-"), link.getText());
        assertTrue(browser.findElement(By.id("attestations")).getText().contains(reference));
        var pdf = Browser.download(browser, deploymentUrl, link.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("ATTESTATION D'IMMATRICULATION") && text.contains(reference), text);
        Matcher code = CODE.matcher(text);
        assertTrue(code.find(), text);
        signOut();

        // A buyer, not signed in, types what the document says.
        open("/verifier.xhtml");
        Accessibility.assertNoSeriousViolation(browser, "vérifier un document");
        type(browser, "verification:reference", reference);
        type(browser, "verification:code", "AAAAAAAAAA");
        browser.findElement(By.id("verification:verifier")).click();
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("inconnu")))
                .getText()
                .startsWith("Aucun document de la CNSS ne correspond"));
        type(browser, "verification:code", code.group(1));
        browser.findElement(By.id("verification:verifier")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Valide"));
        assertEquals(
                "Société Togolaise de Démonstration SARL",
                browser.findElement(By.id("titulaire")).getText());
        Accessibility.assertNoSeriousViolation(browser, "document vérifié");

        // The QR code's address answers at once.
        open("/verifier.xhtml?ref=" + reference + "&code=" + code.group(1));
        assertEquals("Valide", browser.findElement(By.id("etat")).getText());
    }
}
