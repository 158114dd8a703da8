package tg.cnss.eservices.document.boundary;

import java.util.List;
import java.util.stream.Collectors;
import tg.cnss.eservices.platform.boundary.ServiceCatalog;

/**
 * The text of the user guide: its fixed sections (home page, signing in, browsers, help) around the
 * spaces' sections, which are written from the service catalog — the list the menus are made from —
 * so that the guide describes the open services and names the others as coming, never the reverse.
 */
final class UserGuide {

    static final String SPACES = "{{ESPACES}}";

    private UserGuide() {}

    static String text(String source, ServiceCatalog catalog) {
        StringBuilder spaces = new StringBuilder();
        int number = 3;
        for (ServiceCatalog.Space space : catalog.spaces()) {
            spaces.append("## ")
                    .append(number++)
                    .append(". L'")
                    .append(space.name().substring(0, 1).toLowerCase(java.util.Locale.FRENCH))
                    .append(space.name().substring(1))
                    .append('\n')
                    .append("Le menu de gauche donne accès à chaque service ouvert :\n");
            space.services()
                    .filter(ServiceCatalog.Service::isOpen)
                    .forEach(service -> spaces.append("- ")
                            .append(service.label())
                            .append(" : ")
                            .append(service.guide())
                            .append('\n'));
            List<String> coming = space.services()
                    .filter(service -> !service.isOpen())
                    .map(ServiceCatalog.Service::label)
                    .toList();
            if (!coming.isEmpty()) {
                spaces.append("Bientôt disponibles (en attendant, ces démarches se font en agence) : ")
                        .append(coming.stream().collect(Collectors.joining(", ")))
                        .append(".\n");
            }
        }
        return source.replace(SPACES + "\n", spaces.toString());
    }
}
