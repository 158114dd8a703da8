package tg.cnss.eservices.document.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.platform.boundary.ServiceCatalog;

/** The user guide describes what the menus open, and names the rest as coming — from the same catalog. */
class UserGuideTest {

    private final ServiceCatalog catalog = new ServiceCatalog();

    @Test
    void describesEveryOpenServiceAndOnlyThose() throws IOException {
        String guide = UserGuide.text(source(), catalog);
        List<String> lines = guide.lines().toList();
        assertFalse(guide.contains(UserGuide.SPACES), "les sections des espaces sont écrites");
        for (ServiceCatalog.Space space : catalog.spaces()) {
            space.services().forEach(service -> {
                boolean described = lines.stream().anyMatch(line -> line.startsWith("- " + service.label() + " : "));
                if (service.isOpen()) {
                    assertTrue(described, service.label() + " est décrit");
                } else {
                    assertFalse(described, service.label() + " n'est pas décrit comme ouvert");
                    assertTrue(
                            lines.stream()
                                    .anyMatch(line ->
                                            line.startsWith("Bientôt disponibles") && line.contains(service.label())),
                            service.label() + " est annoncé comme bientôt disponible");
                }
            });
        }
        assertTrue(guide.contains("## 3. L'espace Employeur"), guide);
        assertTrue(guide.contains("## 4. L'espace Assuré"), guide);
    }

    @Test
    void everyServiceNotYetOpenHasItsComingSoonPageInItsSpace() {
        for (ServiceCatalog.Space space : catalog.spaces()) {
            space.services().filter(service -> !service.isOpen()).forEach(service -> {
                assertTrue(
                        service.href(space.path())
                                .equals(space.path() + "bientot.xhtml?service=" + service.comingSoonKey()),
                        service.href(space.path()));
                assertTrue(catalog.comingSoon(space, service.comingSoonKey()).isPresent());
            });
        }
    }

    private static String source() throws IOException {
        try (InputStream in = UserGuide.class.getResourceAsStream(UserGuideServlet.SOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
