package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.PartnerApiCalls.assertProblem;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
import tg.cnss.eservices.demo.boundary.DemoData;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Logiciel de paie" as the demo employer meets it: he authorises the demo partner (the README's
 * credentials), which then sends his DNR and gets its report; he withdraws the authorisation and
 * the software's next call is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayrollMandateJourneyIT extends BrowserJourney {

    private static final String SOFTWARE = "Partenaire de démonstration";
    private static final String DNR = "/v1/employeurs/E-10000001-61/dnr";

    /** A day too many in April: rejected, so that nothing of the demo employer's is replaced. */
    private static final String WRONG_DNR = "{\"trimestre\":\"T2 2026\",\"travailleurs\":[{\"numeroAssure\":"
            + "\"1000000001-90\",\"nom\":\"AMEGAN\",\"prenoms\":\"Kossi\",\"mois\":[{\"jours\":31,\"salaire\":240000},"
            + "{\"jours\":31,\"salaire\":240000},{\"jours\":30,\"salaire\":240000}]}]}";

    private final PartnerApiCalls api = new PartnerApiCalls();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void theEmployerAuthorisesHisPayrollSoftwareThenWithdrawsIt() throws Exception {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        browser.findElement(By.id("menuLogicielPaie")).click();
        waitFor().until(ExpectedConditions.titleContains("Logiciel de paie"));
        if (!inForce().isEmpty()) {
            withdraw(); // left by an earlier run on the same database
        }

        new Select(browser.findElement(By.id("autorisation:logiciel"))).selectByVisibleText(SOFTWARE);
        browser.findElement(By.id("autorisation:autoriser")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("autorisation:messages"), SOFTWARE + " peut désormais envoyer vos DNR"));
        waitFor().until(driver -> !inForce().isEmpty());
        Accessibility.assertNoSeriousViolation(browser, "logiciel de paie autorisé");

        String bearer = "Bearer "
                + json(api.token(DemoData.DEMO_PARTNER_ID, DemoData.DEMO_PARTNER_SECRET, "declarations"))
                        .getString("access_token");
        HttpResponse<String> report = sendDnr(bearer);
        assertEquals(200, report.statusCode(), report.body());
        assertEquals("REJETEE", json(report).getString("resultat"));
        assertTrue(
                json(report).getJsonObject("rapport").getJsonArray("lignes").stream()
                        .anyMatch(
                                line -> line.asJsonObject().getString("cellule").equals("D9")),
                report.body());

        withdraw();
        assertTrue(
                browser.findElement(By.id("autorisations:liste")).getText().contains("Retirée le"),
                browser.findElement(By.id("autorisations:liste")).getText());
        assertProblem(sendDnr(bearer), 403, "mandat-absent");
    }

    private List<WebElement> inForce() {
        return browser.findElements(By.xpath("//tr[td[normalize-space()='" + SOFTWARE + "']"
                + " and td[normalize-space()='En vigueur']]//button[contains(@id,'retirer')]"));
    }

    private void withdraw() {
        inForce().get(0).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("autorisation:messages"), "Autorisation retirée"));
        waitFor().until(driver -> inForce().isEmpty());
    }

    private HttpResponse<String> sendDnr(String bearer) throws Exception {
        return api.send(HttpRequest.newBuilder(URI.create(PartnerApiCalls.BASE + DNR))
                .header("Content-Type", "application/json")
                .header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.ofString(WRONG_DNR)));
    }
}
