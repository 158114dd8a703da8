package tg.cnss.eservices.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the period of a nominative wage declaration (DNR, domain-rules.md §2: one
 * file per quarter, wages for each of its three months). Contributions are monthly: a
 * {@link YearMonth} is their period, and {@link #months()} links the two.
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TYPED = Pattern.compile("\\s*T\\s*([1-4])\\s*[-/ ]?\\s*(\\d{4})\\s*");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("Trimestre invalide : de 1 à 4.");
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("Année invalide : " + year + ".");
        }
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    /** "T2 2026", "t2-2026", "T2/2026" — as {@link #code()} writes it, with some leniency. */
    public static Quarter parse(String typed) {
        Matcher matcher = TYPED.matcher(typed == null ? "" : typed.toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Trimestre invalide : écrivez-le T1, T2, T3 ou T4 suivi de l'année" + " (par exemple T2 2026).");
        }
        return new Quarter(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * 3 + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(2);
    }

    public List<YearMonth> months() {
        YearMonth first = firstMonth();
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public boolean contains(YearMonth month) {
        return of(month).equals(this);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    /** "T2 2026": how forms, files and references write it. */
    public String code() {
        return "T" + number + " " + year;
    }

    /** "2e trimestre 2026": how sentences say it. */
    public String label() {
        return (number == 1 ? "1er" : number + "e") + " trimestre " + year;
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return code();
    }
}
