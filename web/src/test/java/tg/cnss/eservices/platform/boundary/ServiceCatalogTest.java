package tg.cnss.eservices.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboards' quick links come from the same catalog as the menus. */
class ServiceCatalogTest {

    private final ServiceCatalog catalog = new ServiceCatalog();

    @Test
    void quickLinksAreTheMenuWithoutTheDashboard() {
        for (ServiceCatalog.Space space : catalog.spaces()) {
            List<ServiceCatalog.Service> links = space.quickLinks();
            assertEquals(space.services().count() - 1, links.size(), space.name());
            assertTrue(links.stream().noneMatch(service -> service.label().equals("Tableau de bord")));
            Set<String> ids = new HashSet<>();
            links.forEach(service -> {
                assertTrue(ids.add(service.tileId()), "id unique : " + service.tileId());
                assertTrue(service.tileId().startsWith("lien"), service.tileId());
                assertFalse(service.summary().isBlank(), service.label());
                assertTrue(Character.isUpperCase(service.summary().charAt(0)), service.summary());
                assertFalse(service.summary().endsWith("."), service.summary());
            });
        }
    }

    @Test
    void aTileSaysTheFirstClauseOfTheGuide() {
        ServiceCatalog.Service declaration = catalog.employer()
                .services()
                .filter(service -> service.id().equals("menuDeclarationCotisation"))
                .findFirst()
                .orElseThrow();
        assertTrue(declaration.isOpen());
        assertEquals("/employeur/declaration-cotisation.xhtml", declaration.href("/employeur/"));
        assertEquals("lienDeclarationCotisation", declaration.tileId());
        assertEquals("La déclaration mensuelle de la masse salariale", declaration.summary());
        ServiceCatalog.Service disease = catalog.insured()
                .services()
                .filter(service -> service.id().equals("menuMaladieProfessionnelle"))
                .findFirst()
                .orElseThrow();
        assertEquals("Déclarer une maladie de la liste des maladies professionnelles", disease.summary());
        assertEquals("/assure/maladie-professionnelle.xhtml", disease.href("/assure/"));
    }

    @Test
    void aServiceAnnouncedButNotOpenLeadsToTheComingSoonPageByItsKey() {
        ServiceCatalog.Service announced = ServiceCatalog.Service.comingSoon(
                "menuExemple", "Exemple", "pi-clock", "exemple", "un service à venir.");
        assertFalse(announced.isOpen());
        assertEquals("/assure/bientot.xhtml?service=exemple", announced.href("/assure/"));
    }
}
