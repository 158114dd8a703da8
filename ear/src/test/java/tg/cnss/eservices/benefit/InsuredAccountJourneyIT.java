package tg.cnss.eservices.benefit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.AccountSeeder;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;

/**
 * The insured person in headless Chromium: "Compte Individuel" (the demo career by year, its gap,
 * the relevé de carrière), then "Simuler ma pension" — normal, then early — each figure with its rule;
 * the pension request with its simulation, the prenatal instalments and the I.J.M estimate worked
 * out as the dates are typed;
 * a person of its own declares a child, asks for an attestation individuelle and the voluntary
 * insurance, files a work accident; Prestations and Risques professionnels approve them, the child
 * is in the profile, the attestation a PDF to download, and the history shows each outcome.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsuredAccountJourneyIT extends BrowserJourney {

    private static final Path BIRTH_CERTIFICATE = SampleFiles.write(
            Path.of("target", "upload-samples").toAbsolutePath(),
            "acte-naissance-esso.pdf",
            SampleFiles.pdf("Acte de naissance"));
    private static final Path ID_CARD = SampleFiles.write(
            Path.of("target", "upload-samples").toAbsolutePath(), "cni-recto-verso.jpg", SampleFiles.jpeg());
    private static final Path MEDICAL_CERTIFICATE = SampleFiles.write(
            Path.of("target", "upload-samples").toAbsolutePath(),
            "certificat-medical-initial.pdf",
            SampleFiles.pdf("Certificat médical initial"));
    private static final Path PAYSLIPS = SampleFiles.write(
            Path.of("target", "upload-samples").toAbsolutePath(), "trois-bulletins.pdf", SampleFiles.pdf("Bulletins"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.withInsuredSeeder();
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

        browser.findElement(By.id("menuPension")).click();
        waitFor().until(ExpectedConditions.titleContains("Demande de pension"));
        new Select(browser.findElement(By.id("pension:typePension"))).selectByValue("OLD_AGE");
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("issue")))
                .getText()
                .startsWith("Simulation jointe : "));
        assertTrue(browser.findElement(By.id("calcul")).getText().contains("Mois d'assurance"));
        Accessibility.assertNoSeriousViolation(browser, "demande de pension");
        Browser.screenshot(browser, "demande-pension");

        browser.findElement(By.id("menuAllocationPrenatale")).click();
        waitFor().until(ExpectedConditions.titleContains("Allocation prénatale"));
        Browser.typeDate(browser, "prenatale:accouchement", LocalDate.now().plusMonths(2));
        String instalments = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("tableTranches")))
                .getText();
        assertTrue(instalments.contains("Perdue — Aucun examen entre le"), instalments);
        assertTrue(instalments.contains("À venir — Faites cet examen d'ici le"), instalments);
        Accessibility.assertNoSeriousViolation(browser, "allocation prénatale");
        Browser.screenshot(browser, "allocation-prenatale");

        browser.findElement(By.id("menuIjm")).click();
        waitFor().until(ExpectedConditions.titleContains("I.J.M"));
        Browser.typeDate(browser, "ijm:arretDebut", LocalDate.now().minusDays(1));
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("montantEstime")))
                .getText()
                .endsWith("FCFA"));
        assertTrue(browser.findElement(By.id("calcul")).getText().contains("Salaire journalier moyen"));
        Accessibility.assertNoSeriousViolation(browser, "demande d'I.J.M");
        Browser.screenshot(browser, "demande-ijm");
    }

    @Test
    void aChildDeclaredAndAnAttestationAskedArePrestationsToApprove() throws Exception {
        String email = postToTestServlet("/test/assure");
        signInWithPassword(email, AccountSeeder.PASSWORD);
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("menuDeclarationEnfant")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Déclaration d'enfant"));
        Browser.type(browser, "declaration:nom", "amegan");
        Browser.type(browser, "declaration:prenoms", "Esso");
        browser.findElement(By.cssSelector("label[for='declaration:sexe:1']")).click();
        Browser.typeDate(browser, "declaration:dateNaissance", LocalDate.now().minusYears(3));
        Browser.type(browser, "declaration:lieuNaissance", "Lomé");
        Browser.type(browser, "declaration:numeroActe", "AN 2023/0457");
        browser.findElement(By.id("declaration:pieces")).sendKeys(BIRTH_CERTIFICATE.toString());
        browser.findElement(By.id("declaration:verifier")).click();
        String preview = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("declaration:apercu")))
                .getText();
        assertTrue(preview.contains("AMEGAN") && preview.contains("acte-naissance-esso.pdf"), preview);
        Accessibility.assertNoSeriousViolation(browser, "aperçu de la déclaration d'enfant");
        Browser.screenshot(browser, "declaration-enfant-apercu");
        browser.findElement(By.id("declaration:confirmer")).click();
        String child = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(child.matches("EN-\\d{4}-\\d{6}"), child);

        browser.findElement(By.id("menuAttestationIndividuelle")).click();
        waitFor().until(ExpectedConditions.titleContains("Attestation individuelle"));
        assertTrue(browser.findElement(By.id("carriereAttestee")).getText().contains("60 mois d'assurance"));
        new Select(browser.findElement(By.id("attestation:objet"))).selectByVisibleText("Demande de visa");
        Browser.type(browser, "attestation:destinataire", "Ambassade de France");
        browser.findElement(By.id("attestation:verifier")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("attestation:apercu")));
        assertEquals(
                "Ambassade de France",
                browser.findElement(By.id("apercuDestinataire")).getText());
        assertTrue(browser.findElement(By.id("imprimer")).isDisplayed());
        Accessibility.assertNoSeriousViolation(browser, "aperçu de la demande d'attestation");
        browser.findElement(By.id("attestation:confirmer")).click();
        String attestation = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(attestation.matches("DA-\\d{4}-\\d{6}"), attestation);
        String voluntary = fileAVoluntaryInsuranceRequest();
        String accident = fileAWorkAccident();
        signOut();
        addTheEmployersPart(accident);

        signInWithSecondStep("agent.prestations@demo.cnss.tg");
        for (String reference : List.of(child, attestation, voluntary)) {
            takeFromWorklist(reference);
            approveTaken();
        }
        signOut();
        signInWithSecondStep("agent.risques@demo.cnss.tg");
        takeFromWorklist(accident);
        approveTaken();
        signOut();

        signInWithPassword(email, AccountSeeder.PASSWORD);
        open("/assure/profil.xhtml");
        assertTrue(browser.findElement(By.id("tablePersonnesACharge")).getText().contains("Esso AMEGAN"));
        assertTrue(
                browser.findElement(By.id("allocationsFamiliales")).getText().contains("2\u202f000"),
                browser.findElement(By.id("allocationsFamiliales")).getText());
        Accessibility.assertNoSeriousViolation(browser, "profil avec personnes à charge");
        Browser.screenshot(browser, "profil-personnes-a-charge");
        open("/assure/attestation-individuelle.xhtml");
        String issued = browser.findElement(By.id("attestationsDelivrees")).getText();
        assertTrue(issued.contains("Valide") && issued.contains("Demande de visa"), issued);
        var pdf = Browser.download(
                browser,
                deploymentUrl,
                browser.findElement(By.cssSelector("#attestationsDelivrees a")).getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("ATTESTATION INDIVIDUELLE") && text.contains("60 mois d'assurance"), text);
        open("/assure/assurance-volontaire.xhtml");
        assertEquals(
                "24\u202f750 FCFA",
                browser.findElement(By.id("cotisationMensuelle")).getText());
        assertTrue(browser.findElement(By.id("moisDus")).getText().startsWith("Vous êtes à jour"));
        Browser.type(browser, "paiementVolontaire:mois", "1");
        new Select(browser.findElement(By.id("paiementVolontaire:operateur"))).selectByVisibleText("T-Money");
        Browser.type(browser, "paiementVolontaire:telephone", "90 11 22 33");
        Accessibility.assertNoSeriousViolation(browser, "assurance volontaire ouverte");
        browser.findElement(By.id("paiementVolontaire:payer")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etatPaiement"), "Reçu par la CNSS"));
        assertTrue(browser.findElement(By.id("moisPayes")).getText().contains("24\u202f750"));
        Browser.screenshot(browser, "assurance-volontaire-payee");
        for (String reference : List.of(child, attestation, voluntary, accident)) {
            open("/assure/demande.xhtml?ref=" + reference);
            assertEquals("Acceptée", browser.findElement(By.id("etat")).getText(), reference);
        }
        open("/assure/historique.xhtml");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(accident));
    }

    /** The demo employer, told of the accident, reads the victim's declaration and adds his part. */
    private void addTheEmployersPart(String accident) {
        signInWithPassword(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD);
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("menuAccidentsTravailEmployeur")))
                .click();
        waitFor().until(ExpectedConditions.titleContains("Accidents de travail"));
        browser.findElement(By.linkText(accident)).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("accidentOuvert")));
        assertTrue(browser.findElement(By.id("etatAccident")).getText().contains("À compléter"));
        assertTrue(browser.findElement(By.id("accidentOuvert")).getText().contains("Chute d'une palette"));
        Browser.type(browser, "partEmployeur:effectif", "25");
        Browser.type(browser, "partEmployeur:activite", "Commerce de gros");
        Browser.type(
                browser,
                "partEmployeur:circonstancesEmployeur",
                "Palette tombée d'un rayonnage pendant le déchargement.");
        Accessibility.assertNoSeriousViolation(browser, "part de l'employeur d'un accident de travail");
        browser.findElement(By.id("partEmployeur:enregistrer")).click();
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("partEnregistree")))
                .isDisplayed());
        assertTrue(browser.findElement(By.id("etatAccident")).getText().contains("Complétée"));
        Browser.screenshot(browser, "employeur-accident-travail");
        signOut();
    }

    /**
     * "Déclaration d'accident de travail": the employer proposed (the only one of the account), the
     * victim's part, the accident with both deadlines shown once its date is given, the medical
     * certificate, the preview, confirm.
     */
    private String fileAWorkAccident() {
        browser.findElement(By.id("menuAccidentTravail")).click();
        waitFor().until(ExpectedConditions.titleContains("Déclaration d'accident de travail"));
        browser.findElement(By.cssSelector("label[for='accident:sexe:1']")).click();
        new Select(browser.findElement(By.id("accident:situation"))).selectByVisibleText("Célibataire");
        Browser.type(browser, "accident:emploi", "Magasinière");
        Browser.typeDate(browser, "accident:embauche", LocalDate.now().minusYears(3));
        browser.findElement(By.xpath("//label[@for='accident:accidentAnterieur:1']"))
                .click();
        Browser.typeDate(browser, "accident:dateAccident", LocalDate.now().minusDays(1));
        assertTrue(waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("delaisDeclaration")))
                .getText()
                .startsWith("Délai de votre employeur : le"));
        Browser.type(browser, "accident:heureAccident", "10:15");
        Browser.type(browser, "accident:lieu", "Entrepôt, port autonome de Lomé");
        new Select(browser.findElement(By.id("accident:circonstance"))).selectByValue("AT_WORK");
        Browser.type(browser, "accident:horaireDebut", "07:30");
        Browser.type(browser, "accident:horaireFin", "17:00");
        Browser.type(browser, "accident:circonstances", "Chute d'une palette mal arrimée sur le pied gauche.");
        Browser.type(browser, "accident:temoins", "Aucun");
        Browser.type(browser, "accident:lesions", "Fracture du pied gauche");
        browser.findElement(By.id("accident:pieces")).sendKeys(MEDICAL_CERTIFICATE.toString());
        Accessibility.assertNoSeriousViolation(browser, "déclaration d'accident de travail");
        browser.findElement(By.id("accident:verifier")).click();
        String preview = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("accident:apercu")))
                .getText();
        assertTrue(preview.contains("Délai de l'employeur") && preview.contains("Société Togolaise"), preview);
        browser.findElement(By.id("accident:confirmer")).click();
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.matches("TA-\\d{4}-\\d{6}"), reference);
        return reference;
    }

    /**
     * "Assurance volontaire": the account answers all but the residence; once "Oui" is chosen the
     * conditions are met, the contribution follows the income typed; the ID card and the payslips
     * joined, the preview, print, confirm.
     */
    private String fileAVoluntaryInsuranceRequest() {
        browser.findElement(By.id("menuAssuranceVolontaire")).click();
        waitFor().until(ExpectedConditions.titleContains("Assurance volontaire"));
        String conditions =
                browser.findElement(By.id("adhesion:listeConditions")).getText();
        assertTrue(
                conditions.contains("Résidence au Togo\n(non remplie)\n— dites si vous résidez au Togo."), conditions);
        browser.findElement(By.xpath("//label[@for='adhesion:residence:0' and contains(., 'Oui')]"))
                .click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("verdict"), "Vous remplissez les conditions"));
        Browser.type(browser, "adhesion:revenu", "150 000");
        waitFor().until(ExpectedConditions.textToBe(By.id("adhesion:montantCotisation"), "24\u202f750 FCFA"));
        new Select(browser.findElement(By.id("adhesion:pieceType")))
                .selectByVisibleText("Carte nationale d'identité (CNI)");
        Browser.type(browser, "adhesion:pieceNumero", "0123456789");
        browser.findElement(By.id("adhesion:pieces")).sendKeys(ID_CARD + "\n" + PAYSLIPS);
        Accessibility.assertNoSeriousViolation(browser, "formulaire d'assurance volontaire");
        Browser.screenshot(browser, "assurance-volontaire-formulaire");
        browser.findElement(By.id("adhesion:verifier")).click();
        String preview = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("adhesion:apercu")))
                .getText();
        assertTrue(preview.contains("Cotisation mensuelle") && preview.contains("trois-bulletins.pdf"), preview);
        assertTrue(browser.findElement(By.id("imprimer")).isDisplayed());
        browser.findElement(By.id("adhesion:confirmer")).click();
        String reference = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("referenceConfirmee")))
                .getText();
        assertTrue(reference.matches("AV-\\d{4}-\\d{6}"), reference);
        return reference;
    }
}
