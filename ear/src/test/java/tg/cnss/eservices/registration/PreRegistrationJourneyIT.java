package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.Browser.type;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The two public pre-registration forms of the manual in headless Chromium: every kind of error
 * said in French on its field with what was typed kept, then the preview, the confirmation with
 * its reference, and the PDF receipt — which another browser cannot fetch.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreRegistrationJourneyIT extends BrowserJourney {

    private static final String FORM = "preimmatriculation:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void anEnterpriseRegistersFromTheMenuThroughErrorsPreviewAndReceipt() {
        open("/");
        browser.findElement(By.id("menuPublic:preImmatriculation_button")).click();
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Employeur GE & PME")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Demande d'immatriculation d'un employeur"));
        Accessibility.assertNoSeriousViolation(browser, "formulaire GE & PME");

        // Nothing filled in: every required field of the manual says what to do.
        click("soumettre");
        String errors = errors();
        for (String expected : new String[] {
            "Dénomination : indiquez le nom de l'entreprise.",
            "Préfecture : choisissez votre préfecture",
            "Ville : indiquez la ville",
            "Quartier : indiquez le quartier.",
            "Boite postale : indiquez la boîte postale",
            "Email : indiquez l'adresse e-mail",
            "Téléphone : indiquez un numéro",
            "Date premier embauche : indiquez la date",
            "Effectif total du personnel : indiquez le nombre",
            "Adresse siège : indiquez l'adresse du siège."
        }) {
            assertTrue(errors.contains(expected), "message absent : " + expected + " dans " + errors);
        }
        assertTrue(browser.getTitle().startsWith("Erreur : "), browser.getTitle());
        Accessibility.assertNoSeriousViolation(browser, "formulaire GE & PME en erreur");

        // Filled in, with a bad phone, a bad e-mail and a first hire in the future.
        String unique = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        type(browser, FORM + "denomination", "Imprimerie du Plateau " + unique);
        type(browser, FORM + "sigle", "IDP");
        Browser.choose(browser, FORM + "prefecture", "Golfe");
        WebElement suggested = waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("datalist#villes option[value='Lomé']")));
        assertEquals("Lomé", suggested.getAttribute("value"), "les villes de la préfecture sont proposées");
        type(browser, FORM + "ville", "Lomé");
        type(browser, FORM + "quartier", "Nyékonakpoè");
        type(browser, FORM + "boitePostale", "BP 1234 Lomé");
        type(browser, FORM + "rccm", "TG-LOM 2025 B " + unique);
        type(browser, FORM + "email", "direction" + unique + "@exemple");
        type(browser, FORM + "telephone", "+228 12 34");
        type(browser, FORM + "effectif", "25");
        type(browser, FORM + "adresseSiege", "Boulevard du 13 janvier, Lomé");
        Browser.typeDate(browser, FORM + "datePremierEmbauche", LocalDate.now().plusDays(5));
        click("soumettre");
        errors = errors();
        assertTrue(errors.contains("Email : saisissez une adresse e-mail complète"), errors);
        assertTrue(errors.contains("Téléphone : numéro togolais, +228 suivi de 8 chiffres"), errors);
        assertTrue(errors.contains("Date premier embauche : la date ne peut pas être dans le futur."), errors);
        assertTrue(!errors.contains("Effectif total du personnel"), "l'effectif saisi est accepté : " + errors);
        assertEquals(
                "Imprimerie du Plateau " + unique,
                browser.findElement(By.id(FORM + "denomination")).getAttribute("value"),
                "ce qui a été saisi est conservé");
        assertEquals("true", browser.findElement(By.id(FORM + "telephone")).getAttribute("aria-invalid"));

        // Put right: the preview, then the confirmation and the receipt.
        type(browser, FORM + "email", "direction" + unique + "@imprimerie.tg");
        type(
                browser,
                FORM + "telephone",
                "+228 90 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6));
        Browser.typeDate(browser, FORM + "datePremierEmbauche", LocalDate.now().minusDays(2));
        click("soumettre");
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "apercu")));
        assertTrue(preview.getText().contains("Vérifiez vos réponses"));
        assertTrue(preview.getText().contains("Imprimerie du Plateau " + unique));
        assertTrue(
                preview.getText().contains("+228 90 " + unique.substring(0, 2) + " " + unique.substring(2, 4)),
                preview.getText());
        Accessibility.assertNoSeriousViolation(browser, "aperçu GE & PME");
        Browser.screenshot(browser, "preimmatriculation-apercu");
        // Security review, finding 3: a wrong answer to the human check files nothing and asks again.
        type(browser, FORM + "reponseHumaine", "cent");
        browser.findElement(By.id(FORM + "confirmer")).click();
        assertTrue(errors().contains("Vérification anti-robot : la réponse ne correspond pas"), errors());
        Accessibility.assertNoSeriousViolation(browser, "aperçu GE & PME : vérification anti-robot en erreur");
        click("confirmer");
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.matches("IE-\\d{4}-\\d{6}"), reference);
        Accessibility.assertNoSeriousViolation(browser, "confirmation de pré-immatriculation");
        Browser.screenshot(browser, "preimmatriculation-confirmation");

        var receipt = Browser.download(browser, deploymentUrl, "/preimmatriculation/recepisse.pdf?ref=" + reference);
        assertEquals(200, receipt.statusCode());
        assertEquals(
                "application/pdf", receipt.headers().firstValue("Content-Type").orElse(""));
        WebDriver stranger = Browser.open();
        try {
            stranger.get(url("/preimmatriculation/confirmation.xhtml?ref=" + reference));
            assertTrue(stranger.findElement(By.id("inconnue")).getText().contains("Demande introuvable"));
            assertEquals(
                    404,
                    Browser.download(stranger, deploymentUrl, "/preimmatriculation/recepisse.pdf?ref=" + reference)
                            .statusCode(),
                    "récépissé d'un autre navigateur");
        } finally {
            stranger.quit();
        }
    }

    @Test
    void aDomesticEmployerIsToldWhenTheTotalDoesNotMatchItsStaff() {
        open("/preimmatriculation/employeur-domestique.xhtml");
        Accessibility.assertNoSeriousViolation(browser, "formulaire personnel domestique");
        Browser.choose(browser, FORM + "prefecture", "Golfe");
        type(browser, FORM + "ville", "Lomé");
        type(browser, FORM + "quartier", "Tokoin");
        type(browser, FORM + "nom", "Mensah");
        type(browser, FORM + "prenoms", "Kodjo");
        browser.findElement(By.cssSelector("label[for='" + FORM + "sexe:0']")).click();
        type(browser, FORM + "telephone", "99 00 11 22");
        staff("GARDIEN", "1");
        staff("CHAUFFEUR", "1");
        type(browser, FORM + "effectif", "3");
        click("soumettre");
        assertTrue(
                errors().contains("Effectif total du personnel : 3 ne correspond pas au total des catégories (2)."),
                errors());
        Accessibility.assertNoSeriousViolation(browser, "personnel domestique en erreur");

        type(browser, FORM + "effectif", "2");
        click("soumettre");
        WebElement preview = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "apercu")));
        assertTrue(preview.getText().contains("CHAUFFEUR : 1"), preview.getText());
        click("confirmer");
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.startsWith("ED-"), reference);
    }

    private void staff(String category, String count) {
        WebElement field =
                browser.findElement(By.xpath("//label[normalize-space()='" + category + "']/following-sibling::input"));
        field.clear();
        field.sendKeys(count);
    }

    /** Clicks; a button that sends the form answers the human check first, when it is asked. */
    private void click(String id) {
        if (id.equals("enregistrer") || id.equals("confirmer")) {
            Browser.answerHumanCheck(browser, FORM);
        }
        browser.findElement(By.id(FORM + id)).click();
    }

    private String errors() {
        return waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(FORM + "erreurs")))
                .getText();
    }
}
