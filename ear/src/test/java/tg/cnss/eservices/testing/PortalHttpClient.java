package tg.cnss.eservices.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that signs in through the real JSF sign-in form (view state
 * included), for tests of headers and of the role × URL matrix without a browser.
 */
public final class PortalHttpClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    // PrimeFaces' CSP mode refuses a postback without the page's nonce, which its script adds.
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final HttpClient http;

    public PortalHttpClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** Posts the sign-in form of /connexion.xhtml; returns the response (a redirect on success). */
    public HttpResponse<String> signIn(String email, String password) {
        return postSignInForm(email, password, null);
    }

    /**
     * Posts the sign-in form, with the page's view state or, when {@code viewStateOverride} is
     * given, with that one (to play a form whose view the server no longer knows).
     */
    public HttpResponse<String> postSignInForm(String email, String password, String viewStateOverride) {
        String page = get("/connexion.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("Pas de ViewState sur la page de connexion");
        }
        Matcher nonce = NONCE.matcher(page);
        if (!nonce.find()) {
            throw new AssertionError("Pas de nonce CSP sur la page de connexion");
        }
        Map<String, String> form = Map.of(
                "primefaces.nonce", nonce.group(1),
                "connexion", "connexion",
                "connexion:email", email,
                "connexion:motDePasse", password,
                "connexion:seConnecter", "",
                "jakarta.faces.ViewState", viewStateOverride == null ? viewState.group(1) : viewStateOverride);
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve("/connexion.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Requête impossible : " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
