package tg.cnss.eservices.declaration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.declaration.control.DnrCheck.Status;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/** The DNR rules one by one, each at its line, field and month. */
class DnrRulesTest {

    private static final String ADJO = new InsuredNumber(1_000_000_001L).display();
    private static final String KOFFI = new InsuredNumber(1_000_000_002L).display();
    private static final String UNKNOWN = new InsuredNumber(1_999_999_999L).display();
    private static final Set<String> KNOWN =
            Set.of(new InsuredNumber(1_000_000_001L).canonical(), new InsuredNumber(1_000_000_002L).canonical());

    // Q1 2023: SMIG 52 500 F from 01/01/2023; Q4 2022: 35 000 F.
    private final DnrRules q1of2023 = rules(new Quarter(2023, 1));

    private static DnrRules rules(Quarter quarter) {
        return new DnrRules(
                quarter,
                YearMonth.of(2026, 12),
                month -> Francs.of(month.isBefore(YearMonth.of(2023, 1)) ? 35_000 : 52_500),
                number -> KNOWN.contains(number.canonical()));
    }

    private static DnrRow row(int row, String number, String name, String... daysAndPay) {
        return new DnrRow(
                row,
                number,
                name,
                "Prénom",
                List.of(daysAndPay[0], daysAndPay[2], daysAndPay[4]),
                List.of(daysAndPay[1], daysAndPay[3], daysAndPay[5]));
    }

    @Test
    void aCleanDeclarationIsAcceptedWithItsTotals() {
        DnrCheck check = q1of2023.check(
                List.of(
                        row(5, ADJO, "ADJO", "31", "150 000", "28", "150000", "31", "150.000"),
                        row(6, KOFFI, "KOFFI", "15", "30000", "", "", "", "")),
                "480 000");
        assertEquals(Status.ACCEPTED, check.status(), check.findings().toString());
        assertEquals(List.of(Francs.of(180_000), Francs.of(150_000), Francs.of(150_000)), check.monthTotals());
        assertEquals(2, check.workerCount());
    }

    @Test
    void aWorkerWithoutNumberIsAcceptedWithAWarning() {
        DnrCheck check = q1of2023.check(List.of(row(7, " ", "AMEGAN", "20", "60000", "", "", "", "")), null);
        assertEquals(Status.ACCEPTED_WITH_WARNINGS, check.status());
        assertEquals(
                new DnrFinding(
                        7,
                        DnrField.INSURED_NUMBER,
                        0,
                        "",
                        "Travailleur sans numéro d'assuré : il sera déclaré « à immatriculer » ; faites sa demande"
                                + " d'immatriculation.",
                        DnrFinding.Severity.WARNING),
                check.findings().get(0));
    }

    @Test
    void numbersMustHaveTheirKeyBeKnownAndAppearOnce() {
        String wrongKey = ADJO.substring(0, ADJO.length() - 1) + (ADJO.endsWith("0") ? "1" : "0");
        DnrCheck check = q1of2023.check(
                List.of(
                        row(2, wrongKey, "A", "30", "60000", "", "", "", ""),
                        row(3, UNKNOWN, "B", "30", "60000", "", "", "", ""),
                        row(4, KOFFI, "C", "30", "60000", "", "", "", ""),
                        row(5, KOFFI.replace("-", " "), "C", "30", "60000", "", "", "", "")),
                null);
        assertEquals(Status.REJECTED, check.status());
        assertEquals(
                List.of(
                        "2 INSURED_NUMBER Le numéro d'assuré est incorrect : vérifiez chaque chiffre.",
                        "3 INSURED_NUMBER Numéro d'assuré inconnu de la CNSS : vérifiez-le, ou laissez-le vide pour un"
                                + " travailleur à immatriculer.",
                        "5 INSURED_NUMBER Ce travailleur est déjà déclaré ligne 4 : une seule ligne par travailleur."),
                check.findings().stream()
                        .map(f -> f.row() + " " + f.field() + " " + f.message())
                        .toList());
    }

    @Test
    void daysAreWholeAndWithinTheMonth() {
        DnrCheck check = q1of2023.check(
                List.of(
                        row(2, ADJO, "A", "32", "60000", "29", "60000", "21.0", "60000"),
                        row(3, KOFFI, "B", "2,5", "60000", "-1", "60000", "abc", "60000")),
                null);
        assertEquals(
                List.of("2 DAYS 1 32", "2 DAYS 2 29", "3 DAYS 1 2,5", "3 DAYS 2 -1", "3 DAYS 3 abc"),
                check.findings().stream()
                        .map(f -> f.row() + " " + f.field() + " " + f.month() + " " + f.value())
                        .toList());
        assertEquals(
                "Jours travaillés : un nombre entier de 0 à 28 (février 2023).",
                check.findings().get(1).message());
    }

    @Test
    void payIsWholeFrancsAndGoesWithDays() {
        DnrCheck check = q1of2023.check(List.of(row(2, ADJO, "A", "30", "60000,50", "", "60000", "10", "")), null);
        assertEquals(
                List.of(
                        "2 PAY 1 Salaire brut : un montant en francs CFA, en chiffres et sans décimales (par exemple 1 250 000).",
                        "2 DAYS 2 Jours travaillés : indiquez les jours de février 2023 payés par ce salaire.",
                        "2 PAY 3 Salaire brut : indiquez le salaire de ces 10 jours de mars 2023."),
                check.findings().stream()
                        .map(f -> f.row() + " " + f.field() + " " + f.month() + " " + f.message())
                        .toList());
    }

    @Test
    void payIsAtLeastTheSmigOfItsMonthProRataOfTheDays() {
        // 52 500 F for a full month (30 days or more), 52 500 × 10 / 30 = 17 500 F for 10 days.
        DnrCheck check = q1of2023.check(List.of(row(2, ADJO, "A", "31", "52499", "10", "17500", "10", "17499")), null);
        assertEquals(
                List.of("2 PAY 1", "2 PAY 3"),
                check.findings().stream()
                        .map(f -> f.row() + " " + f.field() + " " + f.month())
                        .toList());
        assertEquals(
                "Salaire brut inférieur au SMIG de janvier 2023 pour 31 jour(s) : 52\u202f500\u00a0FCFA au moins (SMIG"
                        + " mensuel 52\u202f500\u00a0FCFA).",
                check.findings().get(0).message());
        // The SMIG of the month: 35 000 F in 2022.
        DnrCheck q4of2022 =
                rules(new Quarter(2022, 4)).check(List.of(row(2, ADJO, "A", "30", "35000", "", "", "", "")), null);
        assertEquals(Status.ACCEPTED, q4of2022.status(), q4of2022.findings().toString());
    }

    @Test
    void theHeaderTotalIsTheSumOfTheLines() {
        DnrCheck check = q1of2023.check(List.of(row(2, ADJO, "A", "30", "60000", "", "", "", "")), "61 000");
        assertEquals(1, check.findings().size());
        assertEquals(DnrField.TOTAL, check.findings().get(0).field());
        assertEquals(0, check.findings().get(0).row());
        assertTrue(check.findings()
                .get(0)
                .message()
                .startsWith("Le total de l'en-tête (61\u202f000\u00a0FCFA) n'est pas la"
                        + " somme des salaires des lignes (60\u202f000\u00a0FCFA)"));
    }

    @Test
    void aQuarterNotBegunAndAnEmptyDeclarationAreRefused() {
        DnrCheck future =
                rules(new Quarter(2027, 1)).check(List.of(row(2, ADJO, "A", "30", "60000", "", "", "", "")), null);
        assertEquals(Status.REJECTED, future.status());
        assertEquals(
                "Le 1er trimestre 2027 n'a pas commencé : on déclare un trimestre en cours ou passé.",
                future.findings().get(0).message());
        DnrCheck empty = q1of2023.check(
                List.of(new DnrRow(2, "", " ", null, List.of("", "", ""), List.of(" ", "", "\u00a0"))), "");
        assertEquals(Status.REJECTED, empty.status(), "blank lines are skipped, none left");
        assertEquals(0, empty.workerCount());
    }

    @Test
    void aNameOnEveryLine() {
        DnrCheck check = q1of2023.check(List.of(row(9, ADJO, " ", "30", "60000", "", "", "", "")), null);
        assertEquals(
                "9 LAST_NAME Indiquez le nom du travailleur.",
                check.findings().stream()
                        .map(f -> f.row() + " " + f.field() + " " + f.message())
                        .toList()
                        .get(0));
    }
}
