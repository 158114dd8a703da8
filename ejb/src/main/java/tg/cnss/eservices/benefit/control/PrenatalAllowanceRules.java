package tg.cnss.eservices.benefit.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tg.cnss.eservices.kernel.Francs;

/**
 * The prenatal allowance (domain-rules.md §5): 18 000 F in three instalments, each opened by a
 * prenatal examination made in its window — before the end of the 3rd month (4 000 F), around the
 * 6th (8 000 F), around the 8th (6 000 F). An examination outside its window, or none before the
 * window closes, loses the instalment. The pregnancy is dated back nine months from the expected
 * birth; "around" is taken as a window of whole months, not published: named as unconfirmed.
 */
public final class PrenatalAllowanceRules {

    public static final String VERSION = "Allocation prénatale, domain-rules §5, fenêtres du 03/12/2026";

    /** Said with every result: the windows' exact bounds are not published. */
    public static final String UNCONFIRMED =
            "bornes des fenêtres « vers le 6e mois » (5e au 7e mois) et « vers le 8e mois » (du 8e mois à"
                    + " l'accouchement) : non publiées, à confirmer par la CNSS";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The three examinations, their instalment and when each must be made (in months of pregnancy). */
    public enum Exam {
        FIRST(1, 4_000, "avant la fin du 3e mois", 0, 3),
        SECOND(2, 8_000, "vers le 6e mois (du 6e au 7e mois)", 5, 7),
        THIRD(3, 6_000, "vers le 8e mois (du 8e mois à l'accouchement)", 7, 9);

        private final int number;
        private final long amount;
        private final String when;
        private final int fromMonth;
        private final int toMonth;

        Exam(int number, long amount, String when, int fromMonth, int toMonth) {
            this.number = number;
            this.amount = amount;
            this.when = when;
            this.fromMonth = fromMonth;
            this.toMonth = toMonth;
        }

        public int number() {
            return number;
        }

        public Francs amount() {
            return Francs.of(amount);
        }

        public String label() {
            return number == 1 ? "1er examen prénatal" : number + "e examen prénatal";
        }

        public String when() {
            return when;
        }

        /** The days the examination opens the instalment, the expected birth included for the last. */
        public Window windowFor(LocalDate expectedBirth) {
            LocalDate start = pregnancyStart(expectedBirth);
            LocalDate to =
                    this == THIRD ? expectedBirth : start.plusMonths(toMonth).minusDays(1);
            return new Window(start.plusMonths(fromMonth), to);
        }

        public static Exam ofNumber(int number) {
            for (Exam exam : values()) {
                if (exam.number == number) {
                    return exam;
                }
            }
            throw new IllegalArgumentException("Examen prénatal inconnu : " + number);
        }
    }

    /** A window, both days included. */
    public record Window(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public String label() {
            return "du " + from.format(DAY) + " au " + to.format(DAY);
        }
    }

    /** What an instalment comes to. */
    public enum State {
        DUE("Due"),
        LOST_OUT_OF_WINDOW("Perdue"),
        LOST_MISSED("Perdue"),
        ALREADY_ASKED("Déjà demandée"),
        WINDOW_OPEN("À venir"),
        WINDOW_AHEAD("À venir");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One instalment: its exam, window, the exam's date if made, what it comes to and why. */
    public record Instalment(Exam exam, Window window, LocalDate examDate, State state, String explanation) {

        /** What is due for it now: its amount when due, nothing otherwise. */
        public Francs due() {
            return state == State.DUE ? exam.amount() : Francs.ZERO;
        }
    }

    private PrenatalAllowanceRules() {}

    /** Nine months before the expected birth: month 1 of the pregnancy starts that day. */
    public static LocalDate pregnancyStart(LocalDate expectedBirth) {
        return expectedBirth.minusMonths(9);
    }

    /**
     * The three instalments of a pregnancy on {@code today}.
     *
     * @param examDates the examinations made, by exam (absent: not made, or not told)
     * @param alreadyAsked the exams a request not refused already asked for, this pregnancy
     */
    public static List<Instalment> instalments(
            LocalDate expectedBirth, Map<Exam, LocalDate> examDates, Set<Exam> alreadyAsked, LocalDate today) {
        List<Instalment> instalments = new ArrayList<>();
        for (Exam exam : Exam.values()) {
            Window window = exam.windowFor(expectedBirth);
            LocalDate date = examDates.get(exam);
            instalments.add(new Instalment(
                    exam,
                    window,
                    date,
                    stateOf(window, date, alreadyAsked.contains(exam), today),
                    explanationOf(exam, window, date, alreadyAsked.contains(exam), today)));
        }
        return List.copyOf(instalments);
    }

    /** What the instalments due come to. */
    public static Francs totalDue(List<Instalment> instalments) {
        return Francs.of(
                instalments.stream().mapToLong(line -> line.due().value()).sum());
    }

    private static State stateOf(Window window, LocalDate date, boolean asked, LocalDate today) {
        if (asked) {
            return State.ALREADY_ASKED;
        }
        if (date != null && !tooEarlyButStillTime(window, date, today)) {
            return window.contains(date) ? State.DUE : State.LOST_OUT_OF_WINDOW;
        }
        if (today.isAfter(window.to())) {
            return State.LOST_MISSED;
        }
        return today.isBefore(window.from()) ? State.WINDOW_AHEAD : State.WINDOW_OPEN;
    }

    /** An examination before the window, while the window has not closed: another one may still count. */
    private static boolean tooEarlyButStillTime(Window window, LocalDate date, LocalDate today) {
        return date.isBefore(window.from()) && !today.isAfter(window.to());
    }

    private static String explanationOf(Exam exam, Window window, LocalDate date, boolean asked, LocalDate today) {
        String amount = exam.amount().display();
        String early = date != null && tooEarlyButStillTime(window, date, today)
                ? "L'examen du " + date.format(DAY) + " est trop tôt pour cette tranche. "
                : "";
        return early
                + switch (stateOf(window, date, asked, today)) {
                    case ALREADY_ASKED -> amount + " déjà demandés pour cette grossesse : une seule fois par examen.";
                    case DUE ->
                        "Examen du " + date.format(DAY) + ", dans sa fenêtre (" + window.label() + ") : " + amount
                                + " à verser.";
                    case LOST_OUT_OF_WINDOW ->
                        "Examen du " + date.format(DAY) + ", hors de sa fenêtre (" + window.label()
                                + ") : cette tranche de " + amount + " est perdue.";
                    case LOST_MISSED ->
                        "Aucun examen entre le " + window.from().format(DAY) + " et le "
                                + window.to().format(DAY) + " : cette tranche de " + amount + " est perdue.";
                    case WINDOW_OPEN ->
                        "Faites cet examen d'ici le " + window.to().format(DAY) + " : il ouvre " + amount + ".";
                    case WINDOW_AHEAD -> "À faire " + window.label() + " : il ouvrira " + amount + ".";
                };
    }
}
