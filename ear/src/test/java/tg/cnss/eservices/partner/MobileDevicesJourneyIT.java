package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static tg.cnss.eservices.testing.PartnerApiCalls.assertProblem;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.demo.boundary.DemoData;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * "Sécurité du compte", the mobile application: the demo insured person signs in on a phone (the
 * application, with the README's demo client), finds the phone listed on the page, disconnects it,
 * and the phone's token is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MobileDevicesJourneyIT extends BrowserJourney {

    private final PartnerApiCalls api = new PartnerApiCalls();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void theInsuredPersonDisconnectsAPhoneFromTheSecurityPage() throws Exception {
        String phone = "Téléphone de test " + UUID.randomUUID().toString().substring(0, 6);
        String app = "Bearer "
                + json(api.token(DemoData.DEMO_PARTNER_ID, DemoData.DEMO_PARTNER_SECRET, "mobile"))
                        .getString("access_token");
        HttpResponse<String> signedIn = api.send(HttpRequest.newBuilder(
                        URI.create(PartnerApiCalls.BASE + "/v1/mobile/connexion"))
                .header("Content-Type", "application/json")
                .header("Authorization", app)
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifiant\":\"" + DemoAccounts.INSURED.email()
                        + "\",\"motDePasse\":\"" + DemoAccounts.PASSWORD + "\",\"appareil\":\"" + phone + "\"}")));
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        String user = "Bearer " + json(signedIn).getString("access_token");
        assertEquals(200, api.get("/v1/mobile/moi", user).statusCode());

        signInWithPassword(DemoAccounts.INSURED.email(), DemoAccounts.PASSWORD);
        open("/compte/securite.xhtml");
        By row = By.xpath("//tr[td[normalize-space()='" + phone + "']]//button[contains(@id,'deconnecter')]");
        waitFor().until(ExpectedConditions.elementToBeClickable(row));
        Accessibility.assertNoSeriousViolation(browser, "sécurité du compte, appareils");
        browser.findElement(row).click();
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Appareil déconnecté"));
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(row));
        assertProblem(api.get("/v1/mobile/moi", user), 401, "connexion-refusee");
    }
}
