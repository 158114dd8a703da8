package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.DnrFiles;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Envoyer un fichier D.N.R" in headless Chromium: the employer downloads the model of a quarter,
 * sends it with errors, reads the report cell by cell, finds it again after a reload, sends the
 * corrected file and sees the DNR recorded in "Mes DNR".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DnrFileJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEmployerSendsADnrFileReadsTheReportAndSendsItCorrected() throws Exception {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        browser.findElement(By.id("menuDnrFichier")).click();
        waitFor().until(ExpectedConditions.titleContains("Envoyer un fichier D.N.R"));
        Accessibility.assertNoSeriousViolation(browser, "envoi d'un fichier DNR");

        new Select(browser.findElement(By.id("trimestreModele"))).selectByVisibleText("3e trimestre 2026");
        String action = browser.findElement(By.id("modele")).getAttribute("action");
        var download = Browser.download(browser, deploymentUrl, action + "?trimestre=T3+2026");
        assertEquals(200, download.statusCode());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains("modele-dnr-T3-2026.xlsx"));
        byte[] model = download.body();

        // Sent with two mistakes: 32 days in July for AMEGAN, September's pay missing for KOUDJO.
        Object[][] wrong = {
            {"D9", 32},
            {"E9", 350_000},
            {"F9", 31},
            {"G9", 350_000},
            {"H9", 30},
            {"I9", 350_000},
            {"D10", 31},
            {"E10", 220_000},
            {"F10", 31},
            {"G10", 220_000},
            {"H10", 30}
        };
        send(DnrFiles.filled(model, wrong));
        WebElement result = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("rejetee")));
        assertTrue(result.getText().contains("2 erreur(s)"), result.getText());
        String report = browser.findElement(By.id("suiviForm:constats")).getText();
        assertTrue(report.contains("D9") && report.contains("de 0 à 31"), report);
        assertTrue(report.contains("I10") && report.contains("Salaire brut : indiquez le salaire"), report);
        Accessibility.assertNoSeriousViolation(browser, "rapport d'un fichier DNR rejeté");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('suiviForm:constats').scrollIntoView();");
        Browser.screenshot(browser, "dnr-fichier-rejete");

        browser.navigate().refresh();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("rejetee")));
        assertTrue(browser.findElement(By.id("envois")).getText().contains("Rejetée"));

        Object[][] fixed = {{"D9", 31}, {"I10", 220_000}};
        send(DnrFiles.filled(DnrFiles.filled(model, wrong), fixed));
        WebElement accepted = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("acceptee")));
        String reference = browser.findElement(By.id("referenceDnr")).getText();
        assertTrue(reference.startsWith("DNR-2026T3-E1000000161"), reference);
        assertTrue(
                accepted.getText().replaceAll("[\\s\\u00a0\\u202f]", " ").contains("1 710 000 FCFA"),
                accepted.getText());
        Browser.screenshot(browser, "dnr-fichier-accepte");
        WebElement history = browser.findElement(By.id("historique"));
        assertTrue(
                history.getText().contains(reference) && history.getText().contains("En vigueur"), history.getText());
    }

    private void send(byte[] content) throws Exception {
        Path file = Files.createTempFile("dnr-", ".xlsx");
        Files.write(file, content);
        browser.findElement(By.id("envoi:fichier"))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement button = browser.findElement(By.id("envoi:envoyer"));
        button.click();
        waitFor().until(Browser.replaced(button));
        waitFor().until(ExpectedConditions.urlContains("envoi="));
    }
}
