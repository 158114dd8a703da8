package tg.cnss.eservices.benefit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The insured person in headless Chromium: "Compte Individuel" (the demo career by year, its gap,
 * the relevé de carrière), then "Simuler ma pension" — normal, then early — each figure with its rule.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsuredAccountJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anInsuredPersonReadsHisAccountAndSimulatesHisPension() {
        signInWithPassword(DemoAccounts.INSURED.email(), DemoAccounts.PASSWORD);
        browser.findElement(By.id("menuCompteIndividuel")).click();
        waitFor().until(ExpectedConditions.titleContains("Compte Individuel"));
        assertTrue(Integer.parseInt(browser.findElement(By.id("moisCotises")).getText()) > 150);
        assertTrue(browser.findElement(By.id("lacunes")).getText().contains("janvier 2012 – mai 2012"));
        Accessibility.assertNoSeriousViolation(browser, "compte individuel");
        var pdf = Browser.download(
                browser, deploymentUrl, browser.findElement(By.id("exportPdf")).getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf.body(), 4));

        browser.findElement(By.linkText("Simuler ma pension")).click();
        waitFor().until(ExpectedConditions.titleContains("Simulateur de Pension"));
        assertEquals(
                "Pension de vieillesse", browser.findElement(By.id("issue")).getText());
        assertTrue(browser.findElement(By.id("montant")).getText().endsWith("FCFA"));
        assertTrue(browser.findElement(By.id("calcul")).getText().contains("Taux de la pension"));
        assertTrue(browser.findElement(By.id("nonConfirmes")).getText().contains("majoration de 1 %"));
        Accessibility.assertNoSeriousViolation(browser, "simulateur de pension");

        browser.findElement(By.cssSelector("label[for='simulateur:type:1']")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("issue"), "Pension anticipée"));
        assertTrue(browser.findElement(By.id("calcul")).getText().contains("Réduction pour anticipation"));
        Browser.screenshot(browser, "simulateur-anticipee");
    }
}
