package tg.cnss.eservices.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (Selenium Manager cannot download
 * drivers here). Without them the browser tests are skipped with a visible notice; in CI
 * (CI=true) their absence fails the build instead.
 */
public final class Browser {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    // /usr/bin/chromium is a wrapper script that prints a warning; the binary lives here.
    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");

    private Browser() {}

    public static boolean available() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
    }

    public static void assumeAvailable() {
        if (available()) {
            return;
        }
        String notice = "Chromium ou chromedriver absent (" + CHROMIUM + ", " + DRIVER
                + ") : tests navigateur IGNORÉS. Installez-les : apt-get install -y chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(notice);
        }
        System.out.println("\n*** AVIS *** " + notice + "\n");
        Assumptions.abort(notice);
    }

    /** Saves what the page shows to target/screenshots/NAME.png, for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.out.println("Capture d'écran impossible : " + e.getMessage());
        }
    }

    /** Fetches a link of the page with the browser's session cookie (downloads: PDFs, attachments). */
    public static java.net.http.HttpResponse<byte[]> download(WebDriver driver, java.net.URL base, String path) {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base.toString()).resolve(path))
                .header("Cookie", "JSESSIONID=" + (cookie == null ? "" : cookie.getValue()))
                .GET()
                .build();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Types a day into a PrimeFaces date picker (its text input is ID_input) and closes the
     * calendar. The picker reacts to each key while its panel opens, and in CI one keystroke in
     * a few hundred was lost or reordered; so the day is typed over the selected content and read
     * back until the field holds exactly it, as a person would correct a typo.
     */
    public static void typeDate(WebDriver driver, String id, LocalDate day) {
        String text = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        WebElement input = driver.findElement(By.id(id + "_input"));
        for (int attempt = 1; attempt <= 5 && !text.equals(input.getAttribute("value")); attempt++) {
            // Select-all then type over it, in one go: emptying the field first (DELETE) makes the
            // picker clear it again a moment later, after the new day was typed.
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        }
        Assertions.assertEquals(text, input.getAttribute("value"), "date saisie dans " + id);
        // The picker opens its panel on focus with an animation and only listens for Escape (or a
        // click elsewhere) once that animation has ended: a fast typist can be done before it, and
        // a single Escape is then lost and the panel stays open over the next fields. So Escape is
        // pressed until the panel has gone.
        waitFor(driver, Duration.ofSeconds(15), Duration.ofMillis(700)).until(d -> {
            if (datePanelClosed(d, id)) {
                return true;
            }
            input.sendKeys(Keys.ESCAPE);
            return false;
        });
        driver.findElement(By.tagName("h1")).click();
        waitFor(driver, Duration.ofSeconds(10)).until(d -> datePanelClosed(d, id));
    }

    private static final List<String> NUMBER_WORDS = List.of(
            "zéro",
            "un",
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt");
    private static final java.util.regex.Pattern HUMAN_QUESTION =
            java.util.regex.Pattern.compile("Combien font (\\S+) (plus|moins) (\\S+) \\?");

    /**
     * Answers the public forms' human check ("Combien font sept plus trois ?") when the page asks
     * it, as a person would: reads the question, types the result in digits.
     *
     * @param fieldPrefix the form's prefix, e.g. "inscription:"
     */
    public static void answerHumanCheck(WebDriver driver, String fieldPrefix) {
        List<WebElement> inputs = driver.findElements(By.id(fieldPrefix + "reponseHumaine"));
        if (inputs.isEmpty()) {
            return;
        }
        String question = driver.findElement(By.cssSelector("label[for='" + fieldPrefix + "reponseHumaine']"))
                .getText();
        java.util.regex.Matcher parts = HUMAN_QUESTION.matcher(question);
        Assertions.assertTrue(parts.find(), "question anti-robot illisible : " + question);
        int first = NUMBER_WORDS.indexOf(parts.group(1));
        int second = NUMBER_WORDS.indexOf(parts.group(3));
        int answer = "plus".equals(parts.group(2)) ? first + second : first - second;
        inputs.get(0).clear();
        inputs.get(0).sendKeys(Integer.toString(answer));
    }

    /**
     * A wait whose conditions may read elements of a page being replaced: an element that goes
     * stale between finding and reading it is read again at the next poll, not a failure (a CI
     * run failed on {@code findElement(...).getText()} while a form's answer replaced the page).
     */
    public static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
        return waitFor(driver, timeout, Duration.ofMillis(500));
    }

    public static WebDriverWait waitFor(WebDriver driver, Duration timeout, Duration poll) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, poll);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /**
     * The element's page has been replaced. Like {@code ExpectedConditions.stalenessOf}, but also
     * when Chrome, asked about the element while its document is being replaced, answers "Node
     * with given id does not belong to the document" instead of a stale-element error (a CI run
     * failed on it right after a click that navigated).
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException other) {
                if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw other;
            }
        };
    }

    private static boolean datePanelClosed(WebDriver driver, String id) {
        return driver.findElements(By.id(id + "_panel")).stream().noneMatch(WebElement::isDisplayed);
    }

    /**
     * Clicks "Connexion à mon espace" and waits for the next page; when the portal asks for the second step (demo staff accounts
     * use the app key published in the README), types the code that the page shows in demo mode.
     * The code of a 30-second step serves once: when it already did, waits for the next one.
     */
    public static void signInAndPassSecondStep(WebDriver driver) {
        WebDriverWait wait = waitFor(driver, Duration.ofSeconds(20));
        WebElement button = driver.findElement(By.id("connexion:seConnecter"));
        button.click();
        wait.until(replaced(button));
        if (driver.findElements(By.id("verification:code")).isEmpty()) {
            return;
        }
        waitFor(driver, Duration.ofSeconds(45), Duration.ofSeconds(3)).until(d -> {
            if (d.findElements(By.id("codeDemo")).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        type(driver, "verification:code", driver.findElement(By.id("codeDemo")).getText());
        driver.findElement(By.id("verification:verifier")).click();
        wait.until(d -> !d.findElements(By.id("deconnexion:seDeconnecter")).isEmpty());
    }

    /**
     * The code in the newest message of the demo mailbox page to this recipient (a +228… number or
     * an e-mail address), read in a browser of its own so that the caller's page stays as it is;
     * waits for the message, which leaves through the notification queue.
     */
    public static String codeFromDemoMailbox(java.net.URL base, String recipient, java.util.regex.Pattern code) {
        WebDriver mailbox = open();
        try {
            String address = java.net
                    .URI
                    .create(base.toString())
                    .resolve("/demo/boite-mail.xhtml")
                    .toString();
            return waitFor(mailbox, Duration.ofSeconds(30), Duration.ofSeconds(1))
                    .until(d -> {
                        d.get(address);
                        return d
                                .findElements(By.xpath(
                                        "//tr[.//span[@class='destinataire' and text()='" + recipient + "']]//pre"))
                                .stream()
                                .map(WebElement::getText)
                                .map(code::matcher)
                                .filter(java.util.regex.Matcher::find)
                                .map(found -> found.group(1))
                                .findFirst()
                                .orElse(null);
                    });
        } finally {
            mailbox.quit();
        }
    }

    /**
     * Waits until PrimeFaces has no AJAX request queued, in flight or still waiting out its
     * {@code delay} (a field that recomputes as one types): after fields that save as they change,
     * before leaving the page (a request cut short would be a change lost), before clicking below
     * a region such a request redraws (the button moves while the click lands — a CI run failed so).
     */
    public static void awaitAjax(WebDriver driver) {
        waitFor(driver, Duration.ofSeconds(20))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!(window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue.isEmpty()"
                                                        + " && (!window.jQuery || jQuery.active === 0)"
                                                        + " && !Object.values(window.cnssDelayedAjax || {}).some(r => !r.cnssSent));")));
    }

    /**
     * PrimeFaces keeps a delayed request in a timer of its own, out of its queue: this notes the
     * last one offered for each field and when it is sent, so that {@link #awaitAjax} sees it.
     */
    private static final String TRACK_DELAYED_AJAX = """
            if (window.PrimeFaces && PrimeFaces.ajax && !window.cnssDelayedAjax) {
              window.cnssDelayedAjax = {};
              const queue = PrimeFaces.ajax.Queue, offer = queue.offer, request = PrimeFaces.ajax.Request;
              const send = request.send;
              queue.offer = function (cfg) {
                if (cfg.delay) {
                  const source = typeof cfg.source === 'string' ? cfg.source : jQuery(cfg.source).attr('id');
                  window.cnssDelayedAjax[source] = cfg;
                }
                return offer.apply(this, arguments);
              };
              request.send = function (cfg) {
                cfg.cnssSent = true;
                return send.apply(this, arguments);
              };
            }
            """;

    /**
     * Chooses an item of a PrimeFaces menu ({@code p:selectOneMenu}) as a person does: opens it,
     * waits until its panel has finished opening, clicks the item whose text starts with
     * {@code item}, and waits until the menu shows it and its panel has closed. The widget marks its
     * label {@code aria-expanded} only once the opening animation is over: a click during the
     * animation lands where the item is not yet (CI runs failed so, the menu still showing its
     * placeholder).
     */
    public static void choose(WebDriver driver, String menuId, String item) {
        By label = By.id(menuId + "_label");
        WebDriverWait wait = waitFor(driver, Duration.ofSeconds(20));
        driver.findElement(label).click();
        wait.until(ExpectedConditions.attributeToBe(label, "aria-expanded", "true"));
        driver.findElement(By.xpath("//div[@id='" + menuId + "_panel']"
                        + "//li[contains(@class,'ui-selectonemenu-item') and starts-with(normalize-space(.), '" + item
                        + "')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(label, item));
        wait.until(ExpectedConditions.attributeToBe(label, "aria-expanded", "false"));
    }

    /** Replaces a field's content by what a person would type. */
    public static void type(WebDriver driver, String id, String text) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(TRACK_DELAYED_AJAX);
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    public static WebDriver open() {
        assumeAvailable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1000",
                "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
