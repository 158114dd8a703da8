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

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    // PrimeFaces' CSP mode refuses a postback without the page's nonce, which its script adds.
    private static final Pattern DEMO_CODE = Pattern.compile("id=\"codeDemo\">(\\d{6})<");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final HttpClient http;

    public PortalHttpClient(URI base) {
        this(base, HttpClient.newBuilder());
    }

    private PortalHttpClient(URI base, HttpClient.Builder builder) {
        this.base = base;
        this.http = builder.cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The same over HTTP/1.1 only, for load: concurrent requests then open connections of their
     * own, as browsers do, instead of sharing one HTTP/2 connection.
     */
    public static PortalHttpClient overHttp11(URI base) {
        return new PortalHttpClient(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /**
     * Signs in through /connexion.xhtml and, when the portal asks for it, the second step (demo
     * staff: the code their published key gives, which the page shows in demo mode); returns the
     * last response (a redirect to the space on success).
     */
    public HttpResponse<String> signIn(String email, String password) {
        HttpResponse<String> response = postSignInForm(email, password, null);
        String location = response.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/connexion-verification.xhtml")) {
            return response;
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(45).toNanos();
        while (true) {
            String page = get("/connexion-verification.xhtml").body();
            Matcher code = DEMO_CODE.matcher(page);
            if (code.find()) {
                return postSecondStep(page, code.group(1));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Pas de code de démonstration sur la page de vérification de " + email);
            }
            pause(); // the code of this 30-second step already served: the page shows the next one soon
        }
    }

    /**
     * Signs in through /connexion.xhtml, then types {@code code} (computed by the test from the
     * account's app key) on the second-step page; returns the last response.
     */
    public HttpResponse<String> signIn(String email, String password, java.util.function.Supplier<String> code) {
        HttpResponse<String> response = postSignInForm(email, password, null);
        if (!response.headers().firstValue("Location").orElse("").endsWith("/connexion-verification.xhtml")) {
            return response;
        }
        return postSecondStep(get("/connexion-verification.xhtml").body(), code.get());
    }

    private HttpResponse<String> postSecondStep(String page, String code) {
        return postForm(
                "/connexion-verification.xhtml",
                page,
                Map.of("verification", "verification", "verification:code", code, "verification:verifier", ""));
    }

    /**
     * Posts the sign-in form, with the page's view state or, when {@code viewStateOverride} is
     * given, with that one (to play a form whose view the server no longer knows).
     */
    public HttpResponse<String> postSignInForm(String email, String password, String viewStateOverride) {
        String page = get("/connexion.xhtml").body();
        Map<String, String> fields = signInFields(email, password);
        if (viewStateOverride != null) {
            fields.put("jakarta.faces.ViewState", viewStateOverride);
        }
        return postForm("/connexion.xhtml", page, fields);
    }

    /** Posts the sign-in form with a CSP nonce that is not the page's (a script, a browser without JavaScript). */
    public HttpResponse<String> postSignInFormWithoutNonce(String email, String password) {
        Map<String, String> fields = signInFields(email, password);
        fields.put("primefaces.nonce", "pas-le-bon");
        return postForm("/connexion.xhtml", get("/connexion.xhtml").body(), fields);
    }

    private static Map<String, String> signInFields(String email, String password) {
        return new java.util.HashMap<>(Map.of(
                "connexion",
                "connexion",
                "connexion:email",
                email,
                "connexion:motDePasse",
                password,
                "connexion:seConnecter",
                ""));
    }

    /** Posts a JSF form of {@code page} (its view state and CSP nonce added unless given). */
    private HttpResponse<String> postForm(String path, String page, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("Pas de ViewState sur " + path);
        }
        Matcher nonce = NONCE.matcher(page);
        if (!nonce.find()) {
            throw new AssertionError("Pas de nonce CSP sur " + path);
        }
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.putIfAbsent("primefaces.nonce", nonce.group(1));
        form.putIfAbsent("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static void pause() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
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
