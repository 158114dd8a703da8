package tg.cnss.eservices.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tg.cnss.eservices.platform.control.PortalSettings;

/** Pages under /demo/ do not exist on a server outside demo mode: they answer 404. */
@WebFilter("/demo/*")
public class DemoPagesFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!settings.isDemoMode()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
