package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * "Remplir les DNR en ligne" in headless Chromium: the employer fills the first quarter of 2026 for
 * the workers already listed, signs out, finds the draft again, is told of a mistake at its line,
 * corrects it, checks the answers and sends the DNR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DnrOnlineJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEmployerFillsTheDnrOnlineKeepsItsDraftAcrossASignOutAndSendsIt() {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        browser.findElement(By.id("menuDnrEnLigne")).click();
        waitFor().until(ExpectedConditions.titleContains("Remplir les DNR en ligne"));
        open("/employeur/dnr-en-ligne.xhtml?trimestre=T1+2026");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tableLignes"), "AMEGAN Kossi"));
        Accessibility.assertNoSeriousViolation(browser, "DNR en ligne");
        Browser.screenshot(browser, "dnr-en-ligne");

        fill("dnr:lignes:0:", "31", "350000", "28", "350000", "31", "35O000"); // a letter O for a zero
        fill("dnr:lignes:1:", "31", "220000", "28", "220000", "31", "220000");
        Browser.awaitAjax(browser);
        assertTrue(browser.findElement(By.id("dnr:etatBrouillon")).getText().contains("Brouillon enregistré"));

        // Signed out and back: the draft is there, as typed.
        browser.findElement(By.id("deconnexion:seDeconnecter")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("connexion:email")));
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        open("/employeur/dnr-en-ligne.xhtml?trimestre=T1+2026");
        WebElement march = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("dnr:lignes:0:salaire3")));
        assertEquals("35O000", march.getAttribute("value"));

        WebElement check = browser.findElement(By.id("dnr:verifier"));
        check.click();
        WebElement findings = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("listeConstats")));
        assertTrue(findings.getText().contains("Ligne 1 — AMEGAN Kossi — Salaire brut mars 2026"), findings.getText());

        Browser.type(browser, "dnr:lignes:0:salaire3", "350000");
        browser.findElement(By.id("dnr:lignes:0:jours3")).click(); // leaves the field: its change is saved
        Browser.awaitAjax(browser);
        browser.findElement(By.id("dnr:verifier")).click();
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("dnr:apercu")));
        assertTrue(
                preview.getText().replaceAll("[\\s\\u00a0\\u202f]", " ").contains("1 710 000 FCFA"), preview.getText());
        Accessibility.assertNoSeriousViolation(browser, "DNR en ligne, vérifiez vos réponses");
        Browser.screenshot(browser, "dnr-en-ligne-verifiez");

        WebElement send = browser.findElement(By.id("dnr:envoyer"));
        send.click();
        waitFor().until(Browser.replaced(send));
        WebElement sent = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("envoyee")));
        assertTrue(browser.findElement(By.id("referenceEnvoyee")).getText().startsWith("DNR-2026T1-E1000000161"));
        assertTrue(sent.getText().contains("2 travailleur(s)"), sent.getText());
        assertTrue(browser.findElement(By.id("historique")).getText().contains("En ligne"));
        var receipt = Browser.download(
                browser,
                deploymentUrl,
                browser.findElement(By.id("recepisseEnvoyee")).getAttribute("href"));
        assertEquals(200, receipt.statusCode());
        assertEquals(
                "application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
    }

    private void fill(String prefix, String... daysAndPay) {
        String[] ids = {"jours1", "salaire1", "jours2", "salaire2", "jours3", "salaire3"};
        for (int i = 0; i < ids.length; i++) {
            Browser.type(browser, prefix + ids[i], daysAndPay[i]);
        }
        browser.findElement(By.id(prefix + "sortie")).click(); // leaves the last field: its change is saved
    }
}
