package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tg.cnss.eservices.testing.Accessibility;
import tg.cnss.eservices.testing.Browser;
import tg.cnss.eservices.testing.BrowserJourney;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.PortalDeployment;

/**
 * The partner API as partners and the administrator meet it: the OpenAPI document the portal
 * serves is valid OpenAPI 3.1 (swagger-parser) and says what partners need (French summaries,
 * examples, error answers, the token flow); the documentation page lays it out in Chromium; the
 * administrator registers a partner, reads its secret once, and revokes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerApiJourneyIT extends BrowserJourney {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PortalDeployment.asBuilt();
    }

    @Test
    void theServedDocumentIsValidOpenApi31AndDescribesEveryOperation() throws Exception {
        HttpResponse<String> served = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/openapi?format=JSON")))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, served.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "validation du document OpenAPI");
        OpenAPI api = parsed.getOpenAPI();
        assertTrue(api.getOpenapi().startsWith("3.1"), api.getOpenapi());
        assertTrue(api.getInfo().getTitle().contains("CNSS"));

        SecurityScheme token = api.getComponents().getSecuritySchemes().get("jeton");
        assertEquals(
                "/api/v1/oauth/token", token.getFlows().getClientCredentials().getTokenUrl());
        assertEquals(
                List.of("declarations", "mobile", "paiements", "verification"),
                token.getFlows().getClientCredentials().getScopes().keySet().stream()
                        .sorted()
                        .toList());

        assertTrue(api.getPaths().size() >= 6, api.getPaths().keySet().toString());
        api.getPaths().forEach((path, item) -> {
            assertTrue(path.startsWith("/api/v1/"), "chemin hors /api/v1/ : " + path);
            for (Map.Entry<io.swagger.v3.oas.models.PathItem.HttpMethod, Operation> entry :
                    item.readOperationsMap().entrySet()) {
                String where = entry.getKey() + " " + path;
                Operation operation = entry.getValue();
                assertTrue(
                        operation.getSummary() != null
                                && !operation.getSummary().isBlank(),
                        "résumé : " + where);
                boolean secured = operation.getSecurity() != null
                        && !operation.getSecurity().isEmpty();
                for (Map.Entry<String, ApiResponse> response :
                        operation.getResponses().entrySet()) {
                    ApiResponse answer = response.getValue().get$ref() != null
                            ? api.getComponents()
                                    .getResponses()
                                    .get(response.getValue().get$ref().replace("#/components/responses/", ""))
                            : response.getValue();
                    assertTrue(
                            answer != null && answer.getDescription() != null,
                            "réponse " + response.getKey() + " : " + where);
                    if (answer.getContent() != null && response.getKey().startsWith("4")) {
                        MediaType problem = answer.getContent().get("application/problem+json");
                        assertTrue(problem != null, "erreur au format problème : " + where + " " + response.getKey());
                        assertFalse(
                                problem.getExamples() == null
                                        || problem.getExamples().isEmpty(),
                                "exemple : " + where);
                    }
                }
                if (secured) {
                    assertTrue(operation.getResponses().containsKey("401"), "401 décrit : " + where);
                    assertTrue(operation.getResponses().containsKey("429"), "429 décrit : " + where);
                }
                boolean scoped = secured
                        && operation.getSecurity().stream()
                                .flatMap(requirement -> requirement.values().stream())
                                .anyMatch(scopes -> !scopes.isEmpty());
                if (scoped) {
                    // a scope can be missing from the token
                    assertTrue(operation.getResponses().containsKey("403"), "403 décrit : " + where);
                }
            }
        });
    }

    @Test
    void theDocumentationPageLaysTheApiOutWithoutAnOutsideAsset() {
        open("/api/docs");
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("operations"), "Vérifier un quitus ou une attestation"));
        assertTrue(browser.findElement(By.id("operations")).getText().contains("/api/v1/oauth/token"));
        assertTrue(browser.findElement(By.id("probleme-jeton-expire")).getText().contains("Jeton expiré"));
        for (WebElement script : browser.findElements(By.tagName("script"))) {
            assertTrue(script.getAttribute("src").startsWith(url("/")), script.getAttribute("src"));
        }
        Accessibility.assertNoSeriousViolation(browser, "documentation de l'API");
    }

    @Test
    void theAdministratorRegistersAPartnerReadsItsSecretOnceAndRevokesIt() throws Exception {
        signInWithSecondStep(DemoAccounts.ADMIN.email());
        browser.findElement(By.id("menuPartenaires")).click();
        waitFor().until(ExpectedConditions.titleContains("Partenaires"));
        String name = "Banque du parcours " + UUID.randomUUID().toString().substring(0, 8);
        Browser.type(browser, "partenaires:nom", name);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("partenaires:nature")))
                .selectByVisibleText("Acheteur public");
        browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'verification')]"))
                .click();
        WebElement register = browser.findElement(By.id("partenaires:enregistrer"));
        register.click();
        String secret = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("secretNouveau")))
                .getText();
        String clientId = browser.findElement(By.id("clientIdNouveau")).getText();
        Accessibility.assertNoSeriousViolation(browser, "partenaire enregistré");
        assertEquals(200, token(clientId, secret).statusCode(), "le secret affiché ouvre un jeton");

        browser.findElement(By.id("partenaires:secretCopie")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretNouveau")));
        open("/admin/partenaires.xhtml");
        assertFalse(browser.getPageSource().contains(secret), "le secret n'est plus jamais affiché");
        WebElement card = browser.findElement(By.id("partenaire-" + clientId));
        assertTrue(card.getText().contains("Acheteur public")
                && card.getText().contains("…" + secret.substring(secret.length() - 4)));

        // A new secret, the old one ending at once.
        new org.openqa.selenium.support.ui.Select(card.findElement(By.cssSelector("select[id$='chevauchement']")))
                .selectByVisibleText("aucun (l'ancien secret cesse aussitôt)");
        card.findElement(By.cssSelector("button[id$='renouveler']")).click();
        String rotated = waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("secretNouveau")))
                .getText();
        assertFalse(rotated.equals(secret));
        assertEquals(401, token(clientId, secret).statusCode(), "l'ancien secret, sans chevauchement");
        assertEquals(200, token(clientId, rotated).statusCode(), "le nouveau");
        browser.findElement(By.id("partenaires:secretCopie")).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("secretNouveau")));
        card = browser.findElement(By.id("partenaire-" + clientId));

        card.findElement(By.cssSelector("button[id$='revoquer']")).click();
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#partenaire-" + clientId + " .etat"), "Révoqué"));
        assertEquals(401, token(clientId, rotated).statusCode(), "révoqué : plus de jeton");
    }

    private HttpResponse<String> token(String clientId, String secret) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/oauth/token")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                                + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                                + URLEncoder.encode(secret, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
