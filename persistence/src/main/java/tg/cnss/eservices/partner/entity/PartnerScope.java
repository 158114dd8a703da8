package tg.cnss.eservices.partner.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a partner client may call: one scope per group of endpoints under {@code /api/v1/}. */
public enum PartnerScope {
    PAIEMENTS("Notifications et état des paiements"),
    VERIFICATION("Vérification des quitus, attestations et de la régularité des employeurs"),
    DECLARATIONS("Dépôt des DNR et des déclarations de cotisation"),
    MOBILE("Application mobile de la CNSS");

    private final String label;

    PartnerScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The scope's name in tokens and in the API's documentation: {@code paiements}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PartnerScope> ofCode(String code) {
        return Arrays.stream(values())
                .filter(scope -> scope.code().equals(code))
                .findFirst();
    }

    /** Scopes as stored and as written in a token: codes separated by spaces (RFC 6749 §3.3). */
    public static String join(Set<PartnerScope> scopes) {
        return scopes.stream().sorted().map(PartnerScope::code).collect(Collectors.joining(" "));
    }

    public static Set<PartnerScope> split(String codes) {
        Set<PartnerScope> scopes = EnumSet.noneOf(PartnerScope.class);
        if (codes != null) {
            for (String code : codes.trim().split("\\s+")) {
                ofCode(code).ifPresent(scopes::add);
            }
        }
        return scopes;
    }
}
