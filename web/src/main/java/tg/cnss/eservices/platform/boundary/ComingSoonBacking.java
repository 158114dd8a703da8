package tg.cnss.eservices.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The "bientôt disponible" page for services announced in the menus but not yet opened (the
 * service catalog's), in the public pages and in each space. The service is named by a key, never
 * by free text from the URL, so the page cannot be made to say anything else.
 */
@Named
@RequestScoped
public class ComingSoonBacking {

    @Inject
    ServiceCatalog catalog;

    @Inject
    FacesContext faces;

    public String getTitle() {
        String key = faces.getExternalContext().getRequestParameterMap().get("service");
        if ("application-mobile".equals(key)) {
            return "Application mobile CNSS";
        }
        return catalog.spaces().stream()
                .flatMap(space -> catalog.comingSoon(space, key == null ? "" : key).stream())
                .map(ServiceCatalog.Service::label)
                .findFirst()
                .orElse("Ce service");
    }
}
