package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import tg.cnss.eservices.platform.boundary.AuditedElsewhere;

/**
 * Every call of the partner API: a resource marked {@link RequiresScope} is reached only with a
 * partner token carrying that scope (else a problem answer: 401, 403 or 429); then the call is
 * audited — client, method and path, status — unless the resource audits itself. No session is
 * opened: the API's answers never depend on one.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class PartnerCallFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** Request property: the {@link PartnerAccess.PartnerCaller} a resource is called for. */
    public static final String CALLER = PartnerCallFilter.class.getName() + ".caller";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    PartnerCalls calls;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<RequiresScope> required = annotation(RequiresScope.class);
        if (required.isEmpty()) {
            return;
        }
        PartnerAccess.Answer<PartnerAccess.PartnerCaller> answer = calls.authenticate(
                request.getHeaderString(HttpHeaders.AUTHORIZATION),
                required.get().value());
        if (answer.refused()) {
            request.abortWith(Problems.of(answer.problem()));
        } else {
            request.setProperty(CALLER, answer.value());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (annotation(AuditedElsewhere.class).isPresent()) {
            return;
        }
        Object caller = request.getProperty(CALLER);
        calls.recordCall(
                caller instanceof PartnerAccess.PartnerCaller partner ? partner.actor() : "anonyme",
                servletRequest.getRemoteAddr(),
                request.getMethod() + " /api/"
                        + request.getUriInfo().getPath(false).replaceFirst("^/", ""),
                response.getStatus());
    }

    private <A extends java.lang.annotation.Annotation> Optional<A> annotation(Class<A> type) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        A onMethod = method.getAnnotation(type);
        return Optional.ofNullable(
                onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(type));
    }
}
