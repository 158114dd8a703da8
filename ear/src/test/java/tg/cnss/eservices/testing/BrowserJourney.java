package tg.cnss.eservices.testing;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test class shares: a headless Chromium per test, opened on the deployed
 * portal, a screenshot of the last page (target/screenshots/METHOD-fin.png) and the browser closed
 * after each test, waits of 20 seconds.
 */
public abstract class BrowserJourney {

    protected static final Duration WAIT = Duration.ofSeconds(20);

    @ArquillianResource
    protected URL deploymentUrl;

    protected WebDriver browser;
    protected String testName;

    @BeforeEach
    void openBrowser(TestInfo info) {
        browser = Browser.open();
        testName = info.getTestMethod().map(method -> method.getName()).orElse("test");
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browser.screenshot(browser, testName + "-fin");
            browser.quit();
        }
    }

    protected String url(String path) {
        return URI.create(deploymentUrl.toString()).resolve(path).toString();
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs in from the home page with a password only (employers and insured persons without a second factor). */
    protected void signInWithPassword(String email, String password) {
        open("/");
        Browser.type(browser, "connexion:email", email);
        Browser.type(browser, "connexion:motDePasse", password);
        WebElement button = browser.findElement(By.id("connexion:seConnecter"));
        button.click();
        waitFor().until(Browser.replaced(button));
    }

    /** Signs a demo staff account in (password, then the second step the demo shows the code of). */
    protected void signInWithSecondStep(String email) {
        open("/");
        Browser.type(browser, "connexion:email", email);
        Browser.type(browser, "connexion:motDePasse", DemoAccounts.PASSWORD);
        Browser.signInAndPassSecondStep(browser);
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deconnexion:seDeconnecter")));
    }

    /** As a signed-in agent: opens the request from the worklist and takes it; its page stays open. */
    protected void takeFromWorklist(String reference) {
        open("/agent/corbeille.xhtml");
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.linkText(reference)))
                .click();
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("traitement:prendre")))
                .click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "En cours de traitement"));
    }

    /** Approves the request taken whose page is open (a kind without a choice to make). */
    protected void approveTaken() {
        browser.findElement(By.id("traitement:accepter")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("etat"), "Acceptée"));
    }

    protected void signOut() {
        browser.findElement(By.id("deconnexion:seDeconnecter")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("messageDeconnexion")));
    }

    /** POSTs to one of the test deployment's seeding servlets and answers what it wrote. */
    protected String postToTestServlet(String path) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(URI.create(url(path)))
                                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected WebDriverWait waitFor() {
        return Browser.waitFor(browser, WAIT);
    }
}
