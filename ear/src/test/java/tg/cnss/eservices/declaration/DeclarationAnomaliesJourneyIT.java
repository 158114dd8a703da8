package tg.cnss.eservices.declaration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Anomalies déclaratives" in headless Chromium: a Recouvrement agent finds, from his menu, the
 * month an employer declared otherwise than his DNR, and marks it examined with a note; an agent
 * of another department is told the page is not his.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclarationAnomaliesJourneyIT extends BrowserJourney {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withAnomalySeeder();
    }

    @Test
    void aRecouvrementAgentReviewsAMonthDeclaredOtherwiseThanItsDnr() throws Exception {
        String month = seedAnomaly();
        signInWithSecondStep("agent.recouvrement@demo.cnss.tg");
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("menuAnomalies")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Anomalies déclaratives"));
        type(browser, "anomalies:employeur", new EmployerNumber(10_000_001L).display());
        WebElement search = browser.findElement(By.id("anomalies:chercher"));
        search.click();
        waitFor().until(Browser.replaced(search));
        WebElement row = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table[@id='liste']//tr[td[normalize-space()='" + month + "']]")));
        String shown = row.getText().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(shown.contains("1 trav., 90 000 FCFA"), shown);
        assertTrue(shown.contains("2 trav., 200 000 FCFA"), shown);
        assertTrue(shown.contains("+1 travailleur(s)") && shown.contains("+110 000 FCFA"), shown);
        assertTrue(shown.contains("À examiner"), shown);
        Accessibility.assertNoSeriousViolation(browser, "anomalies déclaratives");

        row.findElement(By.cssSelector("button")).click();
        WebElement review = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("examen")));
        assertTrue(review.getText().contains(month), review.getText());
        browser.findElement(By.id("examen:enregistrer")).click();
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("examen:erreurs")))
                .getText()
                .contains("Note : indiquez ce que vous avez constaté"));
        type(browser, "examen:note", "Employeur appelé le jour même : correction de la déclaration attendue.");
        browser.findElement(By.id("examen:enregistrer")).click();
        WebElement done = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("anomalies:erreurs")));
        assertTrue(done.getText().contains("marquée examinée"), done.getText());
        Accessibility.assertNoSeriousViolation(browser, "anomalie examinée");
        signOut();

        signInWithSecondStep("agent.immatriculation@demo.cnss.tg");
        assertTrue(browser.findElements(By.id("menuAnomalies")).isEmpty(), "not in another department's menu");
        open("/agent/anomalies.xhtml");
        assertEquals(
                "Cette page est réservée au service Recouvrement.",
                browser.findElement(By.id("reserve")).getText());
    }

    private String seedAnomaly() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/test/anomalie")))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
