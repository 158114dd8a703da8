package tg.cnss.eservices.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The "bientôt disponible" page for services announced in the menus but not yet opened. The
 * service is named by a key, never by free text from the URL, so the page cannot be made to say
 * anything else.
 */
@Named
@RequestScoped
public class ComingSoonBacking {

    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("application-mobile", "Application mobile CNSS"),
            Map.entry("immatriculation-travailleur", "Demande d'immatriculation travailleur"),
            Map.entry("dnr-en-ligne", "Remplir les DNR en ligne"),
            Map.entry("dnr-fichier", "Envoyer un fichier D.N.R"),
            Map.entry("declaration-cotisation", "Déclaration de cotisation"),
            Map.entry("paiement-cotisation", "Paiement de cotisation"),
            Map.entry("compte-cotisant", "Compte cotisant"),
            Map.entry("quitus-social", "Demande de quitus social"),
            Map.entry("assurance-volontaire", "Assurance volontaire"),
            Map.entry("pension", "Demande de pension d'invalidité ou de vieillesse"),
            Map.entry("allocation-prenatale", "Demande d'allocation prénatale"),
            Map.entry("ijm", "Demande d'I.J.M"),
            Map.entry("accident-travail", "Déclaration d'accident de travail"),
            Map.entry("maladie-professionnelle", "Déclaration de maladie professionnelle"),
            Map.entry("declaration-enfant", "Déclaration d'enfant"),
            Map.entry("declaration-conjoint", "Déclaration de conjoint"),
            Map.entry("simulateur-pension", "Simulateur de pension"),
            Map.entry("compte-individuel", "Compte individuel"),
            Map.entry("attestation-individuelle", "Attestation individuelle"));

    @Inject
    FacesContext faces;

    public String getTitle() {
        String service = faces.getExternalContext().getRequestParameterMap().get("service");
        return SERVICES.getOrDefault(service == null ? "" : service, "Ce service");
    }
}
