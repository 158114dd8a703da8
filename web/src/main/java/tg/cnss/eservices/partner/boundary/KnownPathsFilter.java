package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import tg.cnss.eservices.platform.boundary.ProblemType;

/**
 * Only the API's own paths are answered under {@code /api}: {@code v1/…} and the documentation.
 * EclipseLink's JPA-RS resources (which would expose the database's entities under
 * {@code /api/{version}/cnss/…}) are CDI beans of a library jar, and RESTEasy registers CDI
 * beans carrying {@code @Path} even though {@link PartnerApi#getClasses} names its classes; they
 * are turned away here, before any resource is matched.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class KnownPathsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false).replaceFirst("^/", "");
        if (!path.startsWith("v1/") && !path.equals("docs") && !path.startsWith("docs/")) {
            request.abortWith(Problems.of(ProblemType.NOT_FOUND, "Aucune ressource à cette adresse ; voir /api/docs."));
        }
    }
}
