package tg.cnss.eservices.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.Select;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.AccountSeeder;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;

/**
 * "Paiement de Cotisation" in headless Chromium: the employer reads what he owes and where to pay,
 * reports a transfer (errors said on their fields first), joins the bank's notice, checks the
 * preview and sends it to Recouvrement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentJourneyIT extends BrowserJourney {

    private static final String FORM = "paiement:";
    private static final Path PROOF = SampleFiles.write(
            Path.of("target", "upload-samples").toAbsolutePath(), "avis-virement.pdf", SampleFiles.pdf("Virement"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withGoodStandingSeeder();
    }

    @Test
    void anEmployerReportsABankTransfer() {
        // an employer of its own: money credited here never lands on another test's account
        String email = postToTestServlet("/test/employeur-a-jour");
        signInWithPassword(email, AccountSeeder.PASSWORD);
        browser.findElement(By.id("menuPaiementCotisation")).click();
        waitFor().until(ExpectedConditions.titleContains("Paiement de Cotisation"));
        String paymentReference =
                browser.findElement(By.id("referencePaiement")).getText();
        assertTrue(paymentReference.startsWith("COTISATIONS E-"), paymentReference);
        assertTrue(browser.findElement(By.id("comptes")).getText().contains("DEMO-BTCI"));
        Accessibility.assertNoSeriousViolation(browser, "paiement de cotisation");

        type(browser, FORM + "montant", "");
        browser.findElement(By.id(FORM + "soumettre")).click();
        String errors = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "erreurs")))
                .getText();
        assertTrue(errors.contains("Date de l'opération : indiquez-la"), errors);
        assertTrue(errors.contains("Justificatif : joignez l'avis de virement"), errors);
        Accessibility.assertNoSeriousViolation(browser, "paiement de cotisation en erreur");

        new Select(browser.findElement(By.id(FORM + "banque")))
                .selectByVisibleText("Banque Togolaise pour le Commerce et l'Industrie (BTCI)");
        Browser.typeDate(browser, FORM + "date", LocalDate.now().minusDays(1));
        type(browser, FORM + "montant", "75000");
        String bankReference = "VIR-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        type(browser, FORM + "reference", bankReference);
        browser.findElement(By.id(FORM + "pieces")).sendKeys(PROOF.toString());
        browser.findElement(By.id(FORM + "soumettre")).click();
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "apercu")));
        String shown = preview.getText().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(shown.contains("Virement bancaire") && shown.contains("75 000 FCFA"), shown);
        assertTrue(shown.contains("avis-virement.pdf"), shown);
        Accessibility.assertNoSeriousViolation(browser, "aperçu du paiement");
        browser.findElement(By.id(FORM + "confirmer")).click();
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.matches("AP-\\d{4}-\\d{6}"), reference);
        signOut();

        // Recouvrement imports the BTCI statement; the portal proposes its line; the agent confirms.
        LocalDate valueDate = LocalDate.now();
        Path statement = SampleFiles.write(
                Path.of("target", "upload-samples").toAbsolutePath(),
                "releve-btci.csv",
                ("Date opération;Date de valeur;Libellé;Débit;Crédit\n"
                                + valueDate.format(DAY) + ";" + valueDate.format(DAY) + ";VIR RECU " + bankReference
                                + " " + paymentReference + ";;75 000\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        signInWithSecondStep("agent.recouvrement@demo.cnss.tg");
        browser.findElement(By.id("menuRelevesBancaires")).click();
        waitFor().until(ExpectedConditions.titleContains("Relevés bancaires"));
        Accessibility.assertNoSeriousViolation(browser, "relevés bancaires");
        new Select(browser.findElement(By.id("releves:banque")))
                .selectByVisibleText("Banque Togolaise pour le Commerce et l'Industrie (BTCI)");
        browser.findElement(By.id("releves:releve")).sendKeys(statement.toString());
        browser.findElement(By.id("releves:importer")).click();
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("bilanImport")))
                .getText()
                .contains("1 nouvelle(s)"));
        browser.findElement(By.id("rapprochements"))
                .findElement(By.linkText(reference))
                .click();
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("traitement:prendre")))
                .click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "En cours de traitement"));
        String choices =
                browser.findElement(By.id("traitement:choixAcceptation")).getText();
        assertTrue(choices.contains("Rapprocher du relevé BTCI") && choices.contains(bankReference), choices);
        // the first choice, the likeliest line (the group's own label points at the first choice too)
        browser.findElement(By.xpath(
                        "//label[@for='traitement:optionAcceptation:0' and contains(., 'Rapprocher du relevé')]"))
                .click();
        browser.findElement(By.id("traitement:accepter")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Acceptée"));
        signOut();

        // The employer finds the payment received, at the statement's value date, with its receipt.
        signInWithPassword(email, AccountSeeder.PASSWORD);
        browser.findElement(By.id("menuPaiementCotisation")).click();
        WebElement received = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//table[@id='recus']//tr[td[2]='" + reference + "']")));
        assertTrue(received.getText().startsWith(valueDate.format(DAY)), received.getText());
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anEmployerPaysByMobileMoneyAndKeepsTheReceipt() throws Exception {
        signInWithPassword(postToTestServlet("/test/employeur-a-jour"), AccountSeeder.PASSWORD);
        browser.findElement(By.id("menuPaiementCotisation")).click();
        waitFor().until(ExpectedConditions.titleContains("Paiement de Cotisation"));

        // Nothing chosen, a fixed line: refused next to the fields.
        type(browser, "mobile:telephone", "22 21 00 01");
        browser.findElement(By.id("mobile:payer")).click();
        String errors = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("mobile:erreurs")))
                .getText();
        assertTrue(errors.contains("Opérateur : choisissez") && errors.contains("un numéro de mobile"), errors);

        browser.findElement(By.cssSelector("label[for='mobile:operateur:0']")).click();
        type(browser, "mobile:telephone", "90 12 34 56");
        type(browser, "mobile:montantMobile", "15000");
        browser.findElement(By.id("mobile:payer")).click();
        waitFor().until(ExpectedConditions.titleContains("Paiement mobile"));
        String reference = browser.findElement(By.id("reference")).getText();
        assertTrue(reference.matches("MM-\\d{4}-[0-9A-Z]{8}"), reference);
        Accessibility.assertNoSeriousViolation(browser, "paiement mobile en attente");

        // The demo aggregator confirms within seconds; the page follows by itself.
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Reçu par la CNSS"));
        WebElement receipt = browser.findElement(By.id("telechargerRecu"));
        var pdf = Browser.download(browser, deploymentUrl, receipt.getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body()))
                .getTextFromPage(1);
        assertTrue(
                text.contains("REÇU DE PAIEMENT") && text.contains(reference) && text.contains("Reçu par la CNSS le"),
                text);

        browser.findElement(By.id("menuPaiementCotisation")).click();
        waitFor().until(ExpectedConditions.titleContains("Paiement de Cotisation"));
        assertTrue(browser.findElement(By.id("recus")).getText().contains(reference));

        // "Historique des activités" has a tab for mobile payments, which leads back to the payment.
        browser.findElement(By.id("menuHistorique")).click();
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("ongletMM")))
                .click();
        waitFor().until(ExpectedConditions.attributeToBe(By.id("ongletMM"), "aria-current", "page"));
        WebElement line = browser.findElement(By.xpath("//*[@id='demandes']//tr[.//a[text()='" + reference + "']]"));
        assertTrue(line.getText().contains("Reçu par la CNSS"), line.getText());
        Accessibility.assertNoSeriousViolation(browser, "historique des paiements mobiles");
        line.findElement(By.linkText(reference)).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("reference"), reference));
    }
}
