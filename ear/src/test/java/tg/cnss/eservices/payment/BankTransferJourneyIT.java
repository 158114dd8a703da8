package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.demo.boundary.DemoData;
import tg.cnss.eservices.partner.control.ClientSecrets;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.AccountSeeder;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * A transfer the bank notifies and no payment notice claims, in headless Chromium: the BTCI (the
 * README's demo partner) notifies it; Recouvrement finds the "Virement non rapproché" in its
 * worklist, credits the employer whose payment reference the label quotes; the employer finds the
 * payment received at its value date.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankTransferJourneyIT extends BrowserJourney {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PartnerApiCalls api = new PartnerApiCalls();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withGoodStandingSeeder();
    }

    @Test
    void recouvrementCreditsTheEmployerAnUnmatchedTransferNames() throws Exception {
        // an employer of its own: money credited here never lands on another test's account
        String email = postToTestServlet("/test/employeur-a-jour");
        signInWithPassword(email, AccountSeeder.PASSWORD);
        browser.findElement(By.id("menuPaiementCotisation")).click();
        String paymentReference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referencePaiement")))
                .getText();
        signOut();

        long amount = 50_000 + ThreadLocalRandom.current().nextInt(1, 49_999);
        LocalDate valueDate = LocalDate.now().minusDays(1);
        String body = "{\"transactionId\":\"BTCI-" + UUID.randomUUID() + "\",\"amount\":" + amount
                + ",\"valueDate\":\"" + valueDate + "\",\"label\":\"VIR " + paymentReference
                + "\",\"payerName\":\"Donneur d'ordre\"}";
        String bank = "Bearer "
                + json(api.token(DemoData.DEMO_PARTNER_ID, DemoData.DEMO_PARTNER_SECRET, "paiements"))
                        .getString("access_token");
        HttpResponse<String> notified = api.send(HttpRequest.newBuilder(
                        URI.create(PartnerApiCalls.BASE + "/v1/paiements/virements"))
                .header("Content-Type", "application/json")
                .header("Authorization", bank)
                .header(
                        NotificationSignature.HEADER,
                        NotificationSignature.of(body, ClientSecrets.signingKeyOf(DemoData.DEMO_PARTNER_SECRET)))
                .header("Idempotency-Key", "K-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, notified.statusCode(), notified.body());
        String request = json(notified).getString("demande");

        signInWithSecondStep("agent.recouvrement@demo.cnss.tg");
        takeFromWorklist(request);
        String choices =
                browser.findElement(By.id("traitement:choixAcceptation")).getText();
        String number = paymentReference.replace("COTISATIONS ", "");
        assertTrue(choices.contains("Créditer le compte cotisant de " + number), choices);
        Accessibility.assertNoSeriousViolation(browser, "virement non rapproché");
        browser.findElement(By.xpath("//label[@for='traitement:optionAcceptation:0']"))
                .click();
        browser.findElement(By.id("traitement:accepter")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Acceptée"));
        signOut();

        signInWithPassword(email, AccountSeeder.PASSWORD);
        browser.findElement(By.id("menuPaiementCotisation")).click();
        WebElement received = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table[@id='recus']//tr[td[2]='" + request + "']")));
        assertTrue(received.getText().startsWith(valueDate.format(DAY)), received.getText());
    }
}
