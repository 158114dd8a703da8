package tg.cnss.eservices.benefit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules.Exam;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules.Instalment;
import tg.cnss.eservices.benefit.control.PrenatalAllowanceRules.State;

class PrenatalAllowanceRulesTest {

    /** Pregnancy from 15/03/2026: month 3 ends 14/06, months 6–7 run 15/08–14/10, month 8 from 15/10. */
    private static final LocalDate BIRTH = LocalDate.of(2026, 12, 15);

    @Test
    void theWindowsCountFromNineMonthsBeforeTheExpectedBirth() {
        assertEquals(LocalDate.of(2026, 3, 15), PrenatalAllowanceRules.pregnancyStart(BIRTH));
        assertEquals("du 15/03/2026 au 14/06/2026", Exam.FIRST.windowFor(BIRTH).label());
        assertEquals("du 15/08/2026 au 14/10/2026", Exam.SECOND.windowFor(BIRTH).label());
        assertEquals("du 15/10/2026 au 15/12/2026", Exam.THIRD.windowFor(BIRTH).label());
    }

    @Test
    void threeExamsInTheirWindowsGiveTheEighteenThousandFrancs() {
        List<Instalment> lines = PrenatalAllowanceRules.instalments(
                BIRTH,
                exams(LocalDate.of(2026, 6, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2026, 12, 15)),
                Set.of(),
                LocalDate.of(2026, 12, 20));
        assertEquals(
                List.of(State.DUE, State.DUE, State.DUE),
                lines.stream().map(Instalment::state).toList());
        assertEquals(18_000, PrenatalAllowanceRules.totalDue(lines).value());
    }

    @Test
    void anExamADayLateLosesItsInstalmentAndSaysSo() {
        List<Instalment> lines = PrenatalAllowanceRules.instalments(
                BIRTH, exams(LocalDate.of(2026, 6, 15), null, null), Set.of(), LocalDate.of(2026, 7, 1));
        assertEquals(State.LOST_OUT_OF_WINDOW, lines.get(0).state());
        assertEquals(
                "Examen du 15/06/2026, hors de sa fenêtre (du 15/03/2026 au 14/06/2026) : cette tranche de"
                        + " 4\u202f000\u00a0FCFA est perdue.",
                lines.get(0).explanation());
        assertEquals(0, PrenatalAllowanceRules.totalDue(lines).value());
    }

    @Test
    void aWindowClosedWithoutAnExamIsLostOneStillOpenIsToCome() {
        List<Instalment> lines =
                PrenatalAllowanceRules.instalments(BIRTH, exams(null, null, null), Set.of(), LocalDate.of(2026, 9, 1));
        assertEquals(
                List.of(State.LOST_MISSED, State.WINDOW_OPEN, State.WINDOW_AHEAD),
                lines.stream().map(Instalment::state).toList());
        assertEquals(
                "Faites cet examen d'ici le 14/10/2026 : il ouvre 8\u202f000\u00a0FCFA.",
                lines.get(1).explanation());
    }

    @Test
    void anExamTooEarlyForItsTrancheLeavesTimeForAnotherWhileTheWindowIsOpen() {
        List<Instalment> lines = PrenatalAllowanceRules.instalments(
                BIRTH, exams(null, LocalDate.of(2026, 7, 1), null), Set.of(), LocalDate.of(2026, 7, 2));
        assertEquals(State.WINDOW_AHEAD, lines.get(1).state());
        assertEquals(0, lines.get(1).due().value());
        List<Instalment> afterwards = PrenatalAllowanceRules.instalments(
                BIRTH, exams(null, LocalDate.of(2026, 7, 1), null), Set.of(), LocalDate.of(2026, 10, 15));
        assertEquals(State.LOST_OUT_OF_WINDOW, afterwards.get(1).state());
    }

    @Test
    void anInstalmentAlreadyAskedForThisPregnancyIsNotDueTwice() {
        List<Instalment> lines = PrenatalAllowanceRules.instalments(
                BIRTH,
                exams(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1), null),
                Set.of(Exam.FIRST),
                LocalDate.of(2026, 9, 2));
        assertEquals(State.ALREADY_ASKED, lines.get(0).state());
        assertEquals(8_000, PrenatalAllowanceRules.totalDue(lines).value());
    }

    private static Map<Exam, LocalDate> exams(LocalDate first, LocalDate second, LocalDate third) {
        Map<Exam, LocalDate> exams = new EnumMap<>(Exam.class);
        if (first != null) {
            exams.put(Exam.FIRST, first);
        }
        if (second != null) {
            exams.put(Exam.SECOND, second);
        }
        if (third != null) {
            exams.put(Exam.THIRD, third);
        }
        return exams;
    }
}
