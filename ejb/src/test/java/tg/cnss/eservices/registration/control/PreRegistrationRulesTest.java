package tg.cnss.eservices.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.registration.boundary.DomesticRegistrationForm;
import tg.cnss.eservices.registration.boundary.EnterpriseRegistrationForm;

class PreRegistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final PreRegistrationRules rules =
            new PreRegistrationRules(TODAY, Set.of("GOLFE", "TCHAOUDJO"), Set.of("BOY", "GARDIEN", "AUTRE"));

    private static EnterpriseRegistrationForm enterprise(
            String phone, String email, LocalDate firstHire, Integer staff) {
        return new EnterpriseRegistrationForm(
                "Imprimerie du Plateau",
                null,
                null,
                "GOLFE",
                "Lomé",
                "Bè",
                null,
                "BP 69 Lomé",
                null,
                email,
                phone,
                null,
                null,
                firstHire,
                staff,
                "Lomé");
    }

    @Test
    void aCompleteEnterpriseFormPasses() {
        assertEquals(Map.of(), rules.check(enterprise("90 12 34 56", "contact@ip.tg", TODAY, 4)));
        assertEquals(Map.of(), rules.check(enterprise("+228 22 21 00 00", "contact@ip.tg", TODAY.minusYears(20), 1)));
    }

    @Test
    void aFirstHireInTheFutureIsRefusedButTodayIsFine() {
        assertEquals(
                "Date premier embauche : la date ne peut pas être dans le futur.",
                rules.check(enterprise("90123456", "a@b.tg", TODAY.plusDays(1), 4))
                        .get("datePremierEmbauche"));
    }

    @Test
    void phonesMustBeTogolese() {
        assertTrue(rules.check(enterprise("+33 6 12 34 56 78", "a@b.tg", TODAY, 4))
                .get("telephone")
                .startsWith("Téléphone : numéro togolais"));
        assertTrue(
                rules.check(enterprise("+228 ", "a@b.tg", TODAY, 4))
                        .get("telephone")
                        .startsWith("Téléphone : indiquez un numéro"),
                "le +228 prérempli seul ne suffit pas");
    }

    @Test
    void staffMustBeAtLeastOne() {
        assertTrue(rules.check(enterprise("90123456", "a@b.tg", TODAY, 0)).containsKey("effectif"));
        assertTrue(rules.check(enterprise("90123456", "a@b.tg", TODAY, null)).containsKey("effectif"));
    }

    @Test
    void aPrefectureOutsideTheReferenceListIsRefused() {
        var form = new EnterpriseRegistrationForm(
                "X",
                null,
                null,
                "PARIS",
                "Lomé",
                "Bè",
                null,
                "BP 1",
                null,
                "a@b.tg",
                "90123456",
                null,
                null,
                TODAY,
                1,
                "Lomé");
        assertEquals(
                "Préfecture : choisissez votre préfecture dans la liste.",
                rules.check(form).get("prefecture"));
    }

    @Test
    void domesticStaffMustAddUpAndUseKnownCategories() {
        var ok = new DomesticRegistrationForm(
                "GOLFE",
                "Lomé",
                "Bè",
                "Togolaise",
                "Akakpo",
                "Ama",
                null,
                null,
                "F",
                null,
                "90123456",
                null,
                Map.of("BOY", 1, "GARDIEN", 2),
                3);
        assertEquals(Map.of(), rules.check(ok));
        var unknown = new DomesticRegistrationForm(
                "GOLFE",
                "Lomé",
                "Bè",
                "Togolaise",
                "Akakpo",
                "Ama",
                null,
                null,
                "X",
                null,
                "90123456",
                null,
                Map.of("PILOTE", 1),
                1);
        Map<String, String> errors = rules.check(unknown);
        assertEquals("Sexe : choisissez M ou F.", errors.get("sexe"));
        assertEquals("Personnel : catégorie inconnue PILOTE.", errors.get("personnel"));
    }

    @Test
    void emailIsOptionalForDomesticEmployersButMustBeValidWhenGiven() {
        var badEmail = new DomesticRegistrationForm(
                "GOLFE",
                "Lomé",
                "Bè",
                "Togolaise",
                "Akakpo",
                "Ama",
                null,
                null,
                "M",
                "ama@",
                "90123456",
                null,
                Map.of("BOY", 1),
                1);
        assertTrue(rules.check(badEmail).get("email").startsWith("Email : saisissez une adresse e-mail complète"));
    }
}
