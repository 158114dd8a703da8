package tg.cnss.eservices.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionRequirementsTest {

    private static final String KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

    private final Map<String, String> environment = new HashMap<>(
            Map.of("CNSS_DATA_KEY", KEY, "CNSS_PUBLIC_URL", "https://services.cnss.tg", "CNSS_SECURE_COOKIES", "true"));

    private List<String> unmet() {
        return ProductionRequirements.unmet((property, variable) -> environment.get(variable));
    }

    @Test
    void aFullyConfiguredServerMayStart() {
        assertEquals(List.of(), unmet());
    }

    @Test
    void eachMissingSettingIsNamedInFrenchAndEnglish() {
        environment.clear();
        List<String> unmet = unmet();
        assertEquals(3, unmet.size());
        assertTrue(unmet.get(0).contains("définissez CNSS_DATA_KEY")
                && unmet.get(0).contains("set CNSS_DATA_KEY"));
        assertTrue(unmet.get(1).contains("CNSS_PUBLIC_URL"));
        assertTrue(unmet.get(2).contains("CNSS_SECURE_COOKIES=true"));
    }

    @Test
    void aShortKeyAPlainHttpAddressAndInsecureCookiesAreRefused() {
        environment.put("CNSS_DATA_KEY", "dHJvcCBjb3VydGU=");
        environment.put("CNSS_PUBLIC_URL", "http://services.cnss.tg");
        environment.put("CNSS_SECURE_COOKIES", "false");
        assertEquals(3, unmet().size());
    }
}
