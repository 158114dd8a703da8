package tg.cnss.eservices.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.registration.boundary.DependantForm;
import tg.cnss.eservices.registration.entity.DependantRelation;

class DependantRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final DependantRules rules = new DependantRules(TODAY, LocalDate.of(1985, 6, 14));

    @Test
    void aCompleteChildIsAccepted() {
        assertEquals(Map.of(), rules.check(DependantRelation.CHILD, child(LocalDate.of(2020, 2, 29))));
    }

    @Test
    void aChildBornTomorrowOrBeforeTheParentWasTwelveIsRefused() {
        assertEquals(
                "Date de naissance : la date ne peut pas être dans le futur.",
                rules.check(DependantRelation.CHILD, child(TODAY.plusDays(1))).get("dateNaissance"));
        assertEquals(
                "Date de naissance : l'enfant serait né avant vos 12 ans ; vérifiez l'année.",
                rules.check(DependantRelation.CHILD, child(LocalDate.of(1997, 6, 13)))
                        .get("dateNaissance"));
        assertEquals(Map.of(), rules.check(DependantRelation.CHILD, child(LocalDate.of(1997, 6, 14))));
    }

    @Test
    void everyMissingFieldHasItsFrenchMessage() {
        Map<String, String> errors = rules.check(
                DependantRelation.SPOUSE,
                new DependantForm(" ", null, "X", null, null, null, null, null, null, "123", null));
        assertEquals(
                java.util.Set.of(
                        "nom",
                        "prenoms",
                        "sexe",
                        "dateNaissance",
                        "lieuNaissance",
                        "numeroActe",
                        "dateMariage",
                        "lieuMariage",
                        "numeroAssureConjoint"),
                errors.keySet());
        assertEquals("Nom : indiquez le nom de famille du conjoint.", errors.get("nom"));
        assertEquals("N° de l'acte de mariage : recopiez le numéro porté sur l'acte.", errors.get("numeroActe"));
    }

    @Test
    void aMarriageMustFollowTheSpousesBirthAndNotBeAhead() {
        DependantForm beforeBirth = spouse(LocalDate.of(1990, 1, 1), LocalDate.of(1989, 12, 31));
        assertEquals(
                "Date du mariage : elle doit suivre la date de naissance du conjoint.",
                rules.check(DependantRelation.SPOUSE, beforeBirth).get("dateMariage"));
        assertTrue(rules.check(DependantRelation.SPOUSE, spouse(LocalDate.of(1990, 1, 1), TODAY.plusDays(1)))
                .get("dateMariage")
                .contains("futur"));
        assertEquals(Map.of(), rules.check(DependantRelation.SPOUSE, spouse(LocalDate.of(1990, 1, 1), TODAY)));
    }

    private static DependantForm child(LocalDate born) {
        return new DependantForm("AMEGAN", "Esso", "F", born, "Lomé", "AN 1234/2020", null, null, null, null, null);
    }

    private static DependantForm spouse(LocalDate born, LocalDate married) {
        return new DependantForm(
                "AKUE", "Afi", "F", born, "Kpalimé", "AM 77/2015", null, married, "Mairie de Lomé", null, "Couturière");
    }
}
