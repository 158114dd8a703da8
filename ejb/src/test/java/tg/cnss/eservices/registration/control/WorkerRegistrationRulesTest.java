package tg.cnss.eservices.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.registration.boundary.WorkerRegistrationForm;

class WorkerRegistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final WorkerRegistrationRules rules = new WorkerRegistrationRules(
            TODAY, Set.of("CNI", "PASSEPORT", "CARTE_ELECTEUR"), Set.of("ACTE_NAISSANCE", "JUGEMENT_SUPPLETIF"));

    @Test
    void eightDaysAfterHiringIsInTimeTheNinthIsLate() {
        assertEquals(Optional.empty(), WorkerRegistrationRules.lateness(TODAY.minusDays(8), TODAY));
        String late =
                WorkerRegistrationRules.lateness(TODAY.minusDays(9), TODAY).orElseThrow();
        assertTrue(late.startsWith("Déclaration tardive : embauche le 23/11/2026, soit 9 jours"), late);
        assertEquals(Optional.empty(), WorkerRegistrationRules.lateness(TODAY.plusDays(5), TODAY), "a hire to come");
    }

    @Test
    void aCompleteFormFromTheEmployerPasses() {
        assertEquals(Map.of(), rules.checkByEmployer(form(null, "Togolaise", "CNI", TODAY.minusDays(30), null)));
    }

    @Test
    void aForeignerProvesHisIdentityWithAPassport() {
        assertEquals(
                "Type de pièce d'identité : pour un travailleur étranger, le passeport.",
                rules.checkByEmployer(form(null, "Béninoise", "CNI", TODAY, null))
                        .get("pieceType"));
        assertEquals(Map.of(), rules.checkByEmployer(form(null, "Béninoise", "PASSEPORT", TODAY, null)));
        assertTrue(WorkerRegistrationRules.isTogolese(" TOGOLAIS "));
        assertTrue(WorkerRegistrationRules.isTogolese("togolaise"));
        assertFalse(WorkerRegistrationRules.isTogolese("Ghanéenne"));
    }

    @Test
    void anEmployerRegistersAHireAtMostAMonthAhead() {
        assertEquals(Map.of(), rules.checkByEmployer(form(null, "Togolaise", "CNI", TODAY.plusDays(31), null)));
        assertEquals(
                "Date d'embauche : au plus un mois à l'avance (jusqu'au 02/01/2027).",
                rules.checkByEmployer(form(null, "Togolaise", "CNI", TODAY.plusDays(32), null))
                        .get("dateEmbauche"));
    }

    @Test
    void aWorkerRegistersHimselfOnlyAMonthAfterHiringWithHisEmployersNumberAndAPhone() {
        assertEquals(
                LocalDate.of(2026, 12, 30),
                WorkerRegistrationRules.selfRegistrationOpensOn(LocalDate.of(2026, 11, 30)));
        Map<String, String> early =
                rules.checkByWorker(form("E10000001", "Togolaise", "CNI", TODAY.minusDays(20), null));
        assertTrue(early.get("dateEmbauche").endsWith("à partir du 12/12/2026."), early.toString());
        assertTrue(early.get("numeroEmployeur").startsWith("N° employeur : "), "the key is missing: " + early);

        Map<String, String> noPhone = rules.checkByWorker(new WorkerRegistrationForm(
                new tg.cnss.eservices.registration.entity.EmployerNumber(10_000_001L).display(),
                "KOFFI",
                "Ama",
                "F",
                LocalDate.of(1990, 1, 1),
                "Lomé",
                "Togolaise",
                "ACTE_NAISSANCE",
                "1",
                LocalDate.of(1990, 1, 5),
                "Lomé",
                "CNI",
                "1",
                "Lomé",
                "+228 ",
                null,
                TODAY.minusMonths(1),
                "Vendeuse",
                60_000L,
                "CDI",
                null));
        assertEquals(List.of("telephone"), List.copyOf(noPhone.keySet()), noPhone.toString());
    }

    @Test
    void datesMustFollowOneAnother() {
        Map<String, String> errors = rules.checkByEmployer(new WorkerRegistrationForm(
                null,
                "KOFFI",
                "Ama",
                "F",
                LocalDate.of(1990, 1, 1),
                "Lomé",
                "Togolaise",
                "ACTE_NAISSANCE",
                "1",
                LocalDate.of(1989, 1, 5),
                "Lomé",
                "CNI",
                "1",
                "Lomé",
                null,
                null,
                LocalDate.of(1989, 6, 1),
                "Vendeuse",
                60_000L,
                "CDI",
                null));
        assertEquals(List.of("etatCivilDate", "dateEmbauche"), List.copyOf(errors.keySet()), errors.toString());
    }

    @Test
    void anInsuredNumberQuotedMustHaveItsKey() {
        assertEquals(
                "N° d'assuré déjà attribué : Le numéro d'assuré est incorrect : vérifiez chaque chiffre.",
                rules.checkByEmployer(form(null, "Togolaise", "CNI", TODAY, "1234567890-00"))
                        .get("numeroAssure"));
    }

    private static WorkerRegistrationForm form(
            String employer, String nationality, String document, LocalDate hired, String insuredNumber) {
        return new WorkerRegistrationForm(
                employer,
                "KOFFI",
                "Ama",
                "F",
                LocalDate.of(1990, 1, 1),
                "Lomé",
                nationality,
                "ACTE_NAISSANCE",
                "AN-12",
                LocalDate.of(1990, 1, 5),
                "Mairie de Lomé",
                document,
                "X12",
                "Bè, Lomé",
                "+228 90 11 22 33",
                null,
                hired,
                "Vendeuse",
                60_000L,
                "CDI",
                insuredNumber);
    }
}
