package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.util.Arrays;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The employer declares a month's contributions in headless Chromium: figures typed as people
 * write them, a wrong amount refused next to its field with what was typed kept, the
 * contributions computed while typing, the preview, the confirmation, the declaration in
 * "Mes déclarations" and its PDF receipt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContributionDeclarationJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    private static final Pattern AMOUNT_141_750 = Pattern.compile("141[\\s\\u00a0\\u202f]750[\\s\\u00a0]FCFA");

    @Test
    void anEmployerDeclaresAMonthAndKeepsItsReceipt() {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);

        browser.findElement(By.id("menuDeclarationCotisation")).click();
        waitFor().until(ExpectedConditions.titleContains("Déclaration de Cotisation"));
        Accessibility.assertNoSeriousViolation(browser, "déclaration de cotisation");
        new Select(browser.findElement(By.id("cotisation:month"))).selectByVisibleText("Février");
        new Select(browser.findElement(By.id("cotisation:year"))).selectByVisibleText("2025");
        // Choosing the month re-renders the figures (pre-filled from the quarter's DNR when there is
        // one): typing before that answer lands in fields about to be replaced (a CI run failed so).
        Browser.awaitAjax(browser);

        // A decimal amount: refused next to its field, what was typed stays.
        type(browser, "cotisation:workers", "3");
        type(browser, "cotisation:payroll", "450 000,50");
        // The figures recompute as one types and redraw above the button: click once they are drawn.
        Browser.awaitAjax(browser);
        browser.findElement(By.id("cotisation:verifier")).click();
        WebElement errors = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("cotisation:erreurs")));
        assertTrue(
                errors.getText()
                        .contains("Masse salariale brute : un montant en francs CFA, en chiffres et sans décimales"),
                errors.getText());
        assertEquals(
                "450 000,50", browser.findElement(By.id("cotisation:payroll")).getAttribute("value"));
        assertTrue(browser.getTitle().startsWith("Erreur : "), browser.getTitle());

        // Corrected: the contributions appear as the employer types.
        type(browser, "cotisation:payroll", "450 000");
        // 17,5 % + 4 % + 10 % AMU of 450 000 = 141 750 (WebDriver reads a no-break space as a space).
        waitFor().until(ExpectedConditions.textMatches(By.id("calculEnDirectTotal"), AMOUNT_141_750));
        Browser.screenshot(browser, "cotisation-saisie");
        Browser.awaitAjax(browser);
        browser.findElement(By.id("cotisation:verifier")).click();
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("cotisation:apercu")));
        assertTrue(preview.getText().contains("Vérifiez vos réponses"));
        assertEquals("février 2025", browser.findElement(By.id("apercuMois")).getText());
        assertTrue(browser.findElement(By.id("apercuMasse"))
                .getText()
                .matches("450[\\s\\u00a0\\u202f]000[\\s\\u00a0]FCFA"));
        assertTrue(browser.findElement(By.id("echeance")).getText().startsWith("Échéance dépassée (15/03/2025)"));
        Accessibility.assertNoSeriousViolation(browser, "aperçu de la déclaration");
        browser.findElement(By.id("cotisation:confirmer")).click();

        WebElement notice = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("avis")));
        assertTrue(
                notice.getText()
                        .startsWith("Votre déclaration de cotisation de février 2025 est enregistrée sous la"
                                + " référence DC-202502-E"),
                notice.getText());
        String reference = notice.getText().replaceFirst(".*référence (DC-[^ .]+)\\..*", "$1");
        WebElement row = browser.findElement(By.xpath("//table[@id='historique']//tr[td[2]='" + reference + "']"));
        assertTrue(AMOUNT_141_750.matcher(row.getText()).find() && row.getText().contains("En vigueur"), row.getText());
        String pdf = row.findElement(By.partialLinkText("PDF")).getAttribute("href");
        var download = Browser.download(browser, deploymentUrl, pdf);
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(download.body(), 4));
        Accessibility.assertNoSeriousViolation(browser, "déclaration enregistrée");

        // The dashboard's facts and its quick link lead to the same page as the menu.
        browser.findElement(By.id("menuTableauDeBord")).click();
        WebElement due = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("faitCotisation")));
        assertTrue(due.getText().startsWith("Cotisation de "), due.getText());
        assertTrue(due.getText().matches("(?s).*au plus tard le \\d{2}/\\d{2}/\\d{4}.*"), due.getText());
        assertTrue(browser.findElement(By.id("faitSolde")).getText().contains("FCFA"));
        assertTrue(
                browser.findElement(By.id("faitTravailleurs"))
                        .getText()
                        .matches("(?s).*Travailleurs en activité\\s+\\d+.*"),
                browser.findElement(By.id("faitTravailleurs")).getText());
        assertTrue(browser.findElement(By.id("faitDnr")).getText().startsWith("DNR du "));
        assertTrue(browser.findElement(By.id("faitDemandes")).getText().contains("Demandes en cours"));
        assertTrue(browser.findElement(By.id("lienDeclarationCotisation"))
                .getAttribute("href")
                .endsWith("/employeur/declaration-cotisation.xhtml"));
        Accessibility.assertNoSeriousViolation(browser, "tableau de bord employeur");

        // The amount owed leads to "Compte-Cotisant", where the month declared is a line of the ledger.
        browser.findElement(By.cssSelector("#faitSolde a")).click();
        waitFor().until(ExpectedConditions.titleContains("Compte-Cotisant"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("compte:annee")))
                .selectByVisibleText("2025");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("compte:mois")))
                .selectByVisibleText("février");
        browser.findElement(By.id("compte:afficher")).click();
        waitFor().until(ExpectedConditions.urlContains("annee=2025"));
        WebElement period = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table[@id='periodes']//tr[th='février 2025']")));
        // declared as typed; late or settled depends on what the demo employer paid before (other tests pay)
        assertTrue(AMOUNT_141_750.matcher(period.getText()).find(), period.getText());
        assertTrue(browser.findElement(By.id("ecritures")).getText().contains(reference));
        assertTrue(browser.findElement(By.id("affectation")).getText().contains("dette la plus ancienne"));
        Accessibility.assertNoSeriousViolation(browser, "compte cotisant");
        for (String export : List.of("exportPdf", "exportExcel")) {
            String href = browser.findElement(By.id(export)).getAttribute("href");
            assertTrue(href.contains("annee=2025&mois=2"), href);
            assertEquals(200, Browser.download(browser, deploymentUrl, href).statusCode(), href);
        }
    }
}
