package tg.cnss.eservices.declaration.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import tg.cnss.eservices.declaration.control.DnrFinding.Severity;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * The rules of a quarterly nominative wage declaration (DNR), the same for the online form and
 * for an uploaded file (issue 10: "the same validation rules in one place"): each finding names
 * its line, field and month and says what to put right. Pure: the SMIG of each month and whether
 * an insured number is known come from the caller.
 *
 * <ul>
 *   <li>the insured number has a valid key and is known to the CNSS; left empty, the worker is
 *       one to register (a warning: the registration request is still to be made);
 *   <li>no worker twice; a name on every line;
 *   <li>days: a whole number from 0 to the month's length; pay: whole francs; days without pay or
 *       pay without days are refused;
 *   <li>pay at least the SMIG of that month (dated reference data) pro rata of the days worked,
 *       a month of 30 days or more counting as a full month (domain-rules.md §1: part-time and
 *       partial months are allowed, with their days);
 *   <li>an exit date, when given, is a day of the quarter, and nothing is declared for the months
 *       after it;
 *   <li>the total of the header, when there is one, equals the sum of the lines;
 *   <li>a quarter not yet begun cannot be declared.
 * </ul>
 */
public final class DnrRules {

    /** The days of a full month for the SMIG floor: the SMIG is a monthly wage. */
    static final int FULL_MONTH_DAYS = 30;

    private final Quarter quarter;
    private final YearMonth thisMonth;
    private final Function<YearMonth, Francs> smig;
    private final Predicate<InsuredNumber> known;

    public DnrRules(
            Quarter quarter, YearMonth thisMonth, Function<YearMonth, Francs> smig, Predicate<InsuredNumber> known) {
        this.quarter = quarter;
        this.thisMonth = thisMonth;
        this.smig = smig;
        this.known = known;
    }

    /** Checks the lines, and the header's total of the quarter's gross pay when the file has one (else null). */
    public DnrCheck check(List<DnrRow> rows, String declaredTotal) {
        Session session = new Session(known);
        rows.forEach(session::accept);
        return session.finish(declaredTotal, known);
    }

    /**
     * The rules applied line by line as a file is read, so that only the typed line of each worker
     * is kept (a 100 000-line file's texts are let go as they are checked). Whether the insured
     * numbers are known may be told at the end ({@link #finish}), once the registry has answered.
     */
    public Session begin() {
        return new Session(null);
    }

    /** A DNR being checked line by line; see {@link #begin}. */
    public final class Session {
        private final Predicate<InsuredNumber> knownNow;
        private final Findings findings = new Findings();
        private final Francs[] totals = {Francs.ZERO, Francs.ZERO, Francs.ZERO};
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<DnrLine> lines = new ArrayList<>();
        /** Numbers whose registry check waits for {@link #finish}: row, as typed, canonical. */
        private final List<Object[]> toLookUp = new ArrayList<>();

        private int workers;

        private Session(Predicate<InsuredNumber> knownNow) {
            this.knownNow = knownNow;
            if (quarter.firstMonth().isAfter(thisMonth)) {
                findings.add(error(
                        0,
                        DnrField.QUARTER,
                        0,
                        quarter.code(),
                        "Le " + quarter.label() + " n'a pas commencé : on déclare un trimestre en cours ou passé."));
            }
        }

        public void accept(DnrRow row) {
            if (isBlank(row)) {
                return; // empty lines of a spreadsheet are not lines
            }
            workers++;
            int errorsBefore = findings.errors;
            String number = checkIdentity(row, seen, findings, knownNow, toLookUp);
            int[] days = new int[3];
            long[] pay = new long[3];
            for (int month = 1; month <= 3; month++) {
                checkMonth(row, month, totals, findings, days, pay);
            }
            LocalDate exit = checkExit(row, findings);
            if (findings.errors == errorsBefore) {
                // read once, here: what is recorded is what was checked
                lines.add(new DnrLine(
                        workers,
                        number,
                        text(row.lastName()),
                        text(row.firstNames()),
                        List.of(days[0], days[1], days[2]),
                        List.of(pay[0], pay[1], pay[2]),
                        exit));
            }
        }

        /** The outcome, the numbers still to check now checked against {@code known}. */
        public DnrCheck finish(String declaredTotal, Predicate<InsuredNumber> known) {
            for (Object[] pending : toLookUp) {
                if (!known.test(InsuredNumber.parse((String) pending[2]))) {
                    findings.add(unknown((int) pending[0], (String) pending[1]));
                }
            }
            if (!toLookUp.isEmpty()) {
                findings.sort(java.util.Comparator.comparingInt(DnrFinding::row));
            }
            if (workers == 0) {
                findings.add(
                        error(
                                0,
                                DnrField.INSURED_NUMBER,
                                0,
                                "",
                                "La déclaration ne compte aucun travailleur : ajoutez une ligne par travailleur payé dans le trimestre."));
            }
            checkTotal(declaredTotal, totals, findings);
            return new DnrCheck(findings, List.of(totals), workers, findings.errors == 0 ? lines : List.of());
        }
    }

    /** The findings, counting the errors as they come (a 100 000-line file must not recount them per line). */
    private static final class Findings extends ArrayList<DnrFinding> {
        private static final long serialVersionUID = 1L;
        int errors;

        @Override
        public boolean add(DnrFinding finding) {
            if (finding.isError()) {
                errors++;
            }
            return super.add(finding);
        }
    }

    /** The worker's insured number, canonical, or null when there is none (or a wrong one, reported). */
    private String checkIdentity(
            DnrRow row,
            Map<String, Integer> seen,
            List<DnrFinding> findings,
            Predicate<InsuredNumber> knownNow,
            List<Object[]> toLookUp) {
        String typed = text(row.insuredNumber());
        String canonical = null;
        if (typed.isEmpty()) {
            findings.add(warning(
                    row.row(),
                    DnrField.INSURED_NUMBER,
                    0,
                    typed,
                    "Travailleur sans numéro d'assuré : il sera déclaré « à immatriculer » ; faites sa demande"
                            + " d'immatriculation."));
        } else {
            try {
                InsuredNumber number = InsuredNumber.parse(typed);
                canonical = number.canonical();
                Integer first = seen.putIfAbsent(number.canonical(), row.row());
                if (first != null) {
                    findings.add(error(
                            row.row(),
                            DnrField.INSURED_NUMBER,
                            0,
                            typed,
                            "Ce travailleur est déjà déclaré ligne " + first + " : une seule ligne par travailleur."));
                } else if (knownNow == null) {
                    toLookUp.add(new Object[] {row.row(), typed, canonical});
                } else if (!knownNow.test(number)) {
                    findings.add(unknown(row.row(), typed));
                }
            } catch (InvalidNumberException wrong) {
                findings.add(error(row.row(), DnrField.INSURED_NUMBER, 0, typed, wrong.getMessage()));
            }
        }
        if (text(row.lastName()).isEmpty()) {
            findings.add(error(row.row(), DnrField.LAST_NAME, 0, "", "Indiquez le nom du travailleur."));
        } else if (text(row.lastName()).length() > 80 || text(row.firstNames()).length() > 100) {
            findings.add(error(
                    row.row(),
                    text(row.lastName()).length() > 80 ? DnrField.LAST_NAME : DnrField.FIRST_NAMES,
                    0,
                    text(row.lastName()),
                    "Nom de 80 caractères au plus, prénoms de 100 au plus : une case ne porte qu'un travailleur."));
        }
        return canonical;
    }

    private void checkMonth(
            DnrRow row, int month, Francs[] totals, List<DnrFinding> findings, int[] daysOut, long[] payOut) {
        YearMonth period = quarter.months().get(month - 1);
        String typedDays = text(row.days().get(month - 1));
        String typedPay = text(row.pay().get(month - 1));
        Integer days = null;
        if (!typedDays.isEmpty()) {
            int whole = wholeDays(typedDays);
            if (whole >= 0 && whole <= period.lengthOfMonth()) {
                days = whole;
            } else {
                findings.add(error(
                        row.row(),
                        DnrField.DAYS,
                        month,
                        typedDays,
                        "Jours travaillés : un nombre entier de 0 à " + period.lengthOfMonth() + " ("
                                + monthName(period) + ")."));
            }
        }
        Francs pay = null;
        if (!typedPay.isEmpty()) {
            try {
                pay = Francs.parse(typedPay);
            } catch (IllegalArgumentException wrong) {
                findings.add(error(row.row(), DnrField.PAY, month, typedPay, "Salaire brut : " + wrong.getMessage()));
            }
        }
        if (pay != null) {
            totals[month - 1] = totals[month - 1].plus(pay);
        }
        int workedDays = days == null ? 0 : days;
        long paid = pay == null ? 0 : pay.value();
        daysOut[month - 1] = workedDays;
        payOut[month - 1] = paid;
        boolean daysRead = typedDays.isEmpty() || days != null;
        boolean payRead = typedPay.isEmpty() || pay != null;
        if (!daysRead || !payRead) {
            return;
        }
        if (paid > 0 && workedDays == 0) {
            findings.add(error(
                    row.row(),
                    DnrField.DAYS,
                    month,
                    typedDays,
                    "Jours travaillés : indiquez les jours de " + monthName(period) + " payés par ce salaire."));
        } else if (workedDays > 0 && paid == 0) {
            findings.add(error(
                    row.row(),
                    DnrField.PAY,
                    month,
                    typedPay,
                    "Salaire brut : indiquez le salaire de ces " + workedDays + " jours de " + monthName(period)
                            + "."));
        } else if (workedDays > 0) {
            Francs floor = floorOf(period, workedDays);
            if (pay.isLessThan(floor)) {
                findings.add(error(
                        row.row(),
                        DnrField.PAY,
                        month,
                        typedPay,
                        "Salaire brut inférieur au SMIG de " + monthName(period) + " pour " + workedDays + " jour(s) : "
                                + floor.display() + " au moins (SMIG mensuel "
                                + smig.apply(period).display() + ")."));
            }
        }
    }

    /** The exit date, or null when there is none (or a wrong one, reported). */
    private LocalDate checkExit(DnrRow row, List<DnrFinding> findings) {
        String typed = text(row.exitDate());
        if (typed.isEmpty()) {
            return null;
        }
        LocalDate exit;
        try {
            exit = DnrDates.parse(typed);
        } catch (IllegalArgumentException wrong) {
            findings.add(error(row.row(), DnrField.EXIT_DATE, 0, typed, wrong.getMessage()));
            return null;
        }
        if (!quarter.contains(YearMonth.from(exit))) {
            findings.add(error(
                    row.row(),
                    DnrField.EXIT_DATE,
                    0,
                    typed,
                    "Date de sortie hors du " + quarter.label() + " : n'indiquez que les sorties du trimestre"
                            + " (un travailleur parti avant n'a pas de ligne)."));
            return null;
        }
        for (int month = 1; month <= 3; month++) {
            YearMonth period = quarter.months().get(month - 1);
            if (period.isAfter(YearMonth.from(exit))
                    && (!text(row.days().get(month - 1)).isEmpty()
                            || !text(row.pay().get(month - 1)).isEmpty())) {
                findings.add(error(
                        row.row(),
                        DnrField.DAYS,
                        month,
                        text(row.days().get(month - 1)),
                        "Travailleur sorti le " + exit.format(DnrDates.DAY) + " : rien à déclarer pour "
                                + monthName(period) + " ; vérifiez la date de sortie ou videz ce mois."));
            }
        }
        return exit;
    }

    /**
     * The DNR of a quarter is due on the 15th of the month after it (domain-rules.md §2, assumed like
     * the monthly contribution's date, which it follows).
     */
    public static LocalDate dueDateOf(Quarter quarter) {
        return ContributionRules.dueDateOf(quarter.lastMonth());
    }

    private static DnrFinding unknown(int row, String typed) {
        return error(
                row,
                DnrField.INSURED_NUMBER,
                0,
                typed,
                "Numéro d'assuré inconnu de la CNSS : vérifiez-le, ou laissez-le vide pour un travailleur à"
                        + " immatriculer.");
    }

    /** "22", "22.0" (a number cell read as text): the whole number, or -1 when it is not one. */
    private static int wholeDays(String typed) {
        int value = 0;
        int i = 0;
        for (; i < typed.length() && typed.charAt(i) != '.'; i++) {
            char c = typed.charAt(i);
            if (c < '0' || c > '9' || i >= 3) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        if (i == 0) {
            return -1;
        }
        if (i < typed.length()) {
            if (i + 1 == typed.length()) {
                return -1;
            }
            for (int j = i + 1; j < typed.length(); j++) {
                if (typed.charAt(j) != '0') {
                    return -1;
                }
            }
        }
        return value;
    }

    /** The SMIG of the month pro rata of the days worked, a month of 30 days or more being a full one; rounded down. */
    Francs floorOf(YearMonth period, int days) {
        Francs monthly = smig.apply(period);
        int counted = Math.min(days, FULL_MONTH_DAYS);
        return Francs.of(monthly.value() * counted / FULL_MONTH_DAYS);
    }

    private static void checkTotal(String declaredTotal, Francs[] totals, List<DnrFinding> findings) {
        String typed = text(declaredTotal);
        if (typed.isEmpty()) {
            return;
        }
        Francs sum = totals[0].plus(totals[1]).plus(totals[2]);
        try {
            Francs declared = Francs.parse(typed);
            if (!declared.equals(sum)) {
                findings.add(error(
                        0,
                        DnrField.TOTAL,
                        0,
                        typed,
                        "Le total de l'en-tête (" + declared.display()
                                + ") n'est pas la somme des salaires des lignes (" + sum.display()
                                + ") : corrigez l'un ou l'autre."));
            }
        } catch (IllegalArgumentException wrong) {
            findings.add(error(0, DnrField.TOTAL, 0, typed, "Total des salaires bruts : " + wrong.getMessage()));
        }
    }

    public static boolean isBlank(DnrRow row) {
        return text(row.insuredNumber()).isEmpty()
                && text(row.lastName()).isEmpty()
                && text(row.firstNames()).isEmpty()
                && row.days().stream().allMatch(value -> text(value).isEmpty())
                && row.pay().stream().allMatch(value -> text(value).isEmpty())
                && text(row.exitDate()).isEmpty();
    }

    private static String monthName(YearMonth period) {
        return MonthLabels.of(period);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip().replace('\u00a0', ' ').strip();
    }

    private static DnrFinding error(int row, DnrField field, int month, String value, String message) {
        return new DnrFinding(row, field, month, value, message, Severity.ERROR);
    }

    private static DnrFinding warning(int row, DnrField field, int month, String value, String message) {
        return new DnrFinding(row, field, month, value, message, Severity.WARNING);
    }
}
