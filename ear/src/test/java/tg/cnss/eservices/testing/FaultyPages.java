package tg.cnss.eservices.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pages that fail on purpose, added to test deployments only, to check what a user sees when the
 * portal breaks: a servlet that throws, and a JSF page whose bean throws.
 */
public final class FaultyPages {

    public static final String FAILING_SERVLET = "/test-panne/servlet";
    public static final String FAILING_PAGE = "/test-panne/page.xhtml";
    static final String PAGE_SOURCE = """
            <!DOCTYPE html>
            <html xmlns:h="jakarta.faces.html"><h:body><h:outputText value="#{panneBacking.value}"/></h:body></html>
            """;

    private FaultyPages() {}

    @WebServlet(FAILING_SERVLET)
    public static class FailingServlet extends HttpServlet {

        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("Panne volontaire du test (servlet)");
        }
    }

    @Named("panneBacking")
    @RequestScoped
    public static class FailingBacking {

        public String getValue() {
            throw new IllegalStateException("Panne volontaire du test (page JSF)");
        }
    }
}
