package tg.cnss.eservices.partner.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;
import tg.cnss.eservices.platform.boundary.ProblemType;

/**
 * {@code /api/docs}: the partners' documentation page. The page and its script and style are served
 * from here (no CDN); the script reads the OpenAPI document at {@code /api/openapi} and lays out the
 * operations, their parameters, examples and errors. The error types are listed by the page itself,
 * each at the anchor their {@code type} points to.
 */
@Path("/docs")
@AuditedElsewhere
public class ApiDocsResource {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
            + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Map<String, String> ASSETS = Map.of(
            "docs.js", "application/javascript;charset=utf-8",
            "docs.css", "text/css;charset=utf-8");

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response page() {
        String page = read("api-docs.html").replace("<!--PROBLEMES-->", problemRows());
        return Response.ok(page, MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", POLICY)
                .header("Cache-Control", "no-cache")
                .build();
    }

    @GET
    @Path("/{asset}")
    @Operation(hidden = true)
    public Response asset(@PathParam("asset") String asset) {
        String type = ASSETS.get(asset);
        if (type == null) {
            throw new NotFoundException();
        }
        return Response.ok(read(asset), type)
                .header("Cache-Control", "no-cache")
                .build();
    }

    private static String problemRows() {
        StringBuilder rows = new StringBuilder();
        for (ProblemType type : ProblemType.values()) {
            rows.append("<tr id=\"probleme-")
                    .append(type.slug())
                    .append("\"><td><code>")
                    .append(type.uri())
                    .append("</code></td><td>")
                    .append(type.status())
                    .append("</td><td>")
                    .append(type.title())
                    .append("</td></tr>\n");
        }
        return rows.toString();
    }

    private static String read(String name) {
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
