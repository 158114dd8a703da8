package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Mes travailleurs" in headless Chromium: the demo roster, a search, the workers who left, and
 * the departure form refusing a date in the future in French without losing the reason chosen.
 * (The departure itself is recorded by the in-container test, on a worker of its own.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEmployerReadsItsRosterAndStartsADeparture() {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);

        browser.findElement(By.id("menuTravailleurs")).click();
        waitFor().until(ExpectedConditions.titleContains("Mes travailleurs"));
        WebElement list = browser.findElement(By.id("liste"));
        assertTrue(list.getText().contains("AMEGAN Kossi") && list.getText().contains("KOUDJO Afi"), list.getText());
        assertFalse(list.getText().contains("ADJOVI"), "in activity by default");
        Accessibility.assertNoSeriousViolation(browser, "mes travailleurs");

        type(browser, "travailleurs:recherche", "amegan");
        browser.findElement(By.id("travailleurs:chercher")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("nombre"), "1 travailleur(s)."));
        String pdf = browser.findElement(By.id("travailleurs:exportPdf")).getAttribute("href");
        assertTrue(pdf.contains("q=amegan") && pdf.contains("etat=ACTIVE"), pdf);
        var download = Browser.download(browser, deploymentUrl, pdf);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(download.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String excel = browser.findElement(By.id("travailleurs:exportExcel")).getAttribute("href");
        var sheet = Browser.download(browser, deploymentUrl, excel);
        assertEquals(200, sheet.statusCode());
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet.headers().firstValue("Content-Type").orElse(""));
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(sheet.body()))) {
            var rows = workbook.getSheetAt(0);
            assertEquals("AMEGAN Kossi", rows.getRow(4).getCell(1).getStringCellValue());
            assertEquals(350_000, (long) rows.getRow(4).getCell(4).getNumericCellValue(), "pay as a number");
            assertEquals(null, rows.getRow(5), "the search kept: one worker");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        type(browser, "travailleurs:recherche", "");
        new Select(browser.findElement(By.id("travailleurs:etat"))).selectByVisibleText("Sortis");
        browser.findElement(By.id("travailleurs:chercher")).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("liste"), "ADJOVI Komla"));
        assertTrue(browser.findElement(By.id("liste")).getText().contains("30/04/2025 — Départ à la retraite"));

        new Select(browser.findElement(By.id("travailleurs:etat"))).selectByVisibleText("En activité");
        browser.findElement(By.id("travailleurs:chercher")).click();
        WebElement start = waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[aria-label='Déclarer le départ de KOUDJO Afi']")));
        start.click();
        WebElement form = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("depart")));
        assertTrue(form.getText().contains("Déclarer le départ de KOUDJO Afi"), form.getText());
        Accessibility.assertNoSeriousViolation(browser, "déclaration de départ");

        // A date in the future: refused in French, the reason chosen kept.
        LocalDate tomorrow = LocalDate.now().plusDays(2);
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('depart:date').value = arguments[0];", tomorrow.toString());
        new Select(browser.findElement(By.id("depart:reason"))).selectByVisibleText("Démission");
        browser.findElement(By.id("depart:enregistrer")).click();
        WebElement errors = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("depart:erreurs")));
        assertTrue(errors.getText().contains("Date de sortie : un départ se déclare le jour venu"), errors.getText());
        assertEquals(
                "Démission",
                new Select(browser.findElement(By.id("depart:reason")))
                        .getFirstSelectedOption()
                        .getText());

        browser.findElement(By.id("depart:annuler")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("depart")));
        assertTrue(browser.findElement(By.id("liste")).getText().contains("KOUDJO Afi"), "nothing recorded");
    }
}
