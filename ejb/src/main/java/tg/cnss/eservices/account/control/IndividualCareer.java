package tg.cnss.eservices.account.control;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.kernel.MonthLabels;

/**
 * An insured person's career as the individual account shows it: month by month with each employer
 * (days and gross pay, and whether the month came from a DNR of the portal or from the CNSS's older
 * books), the months that count (a month with days or pay, whatever the number of employers, counts
 * once), the totals of each year, and the gaps between the first and the last month counted. Pure.
 */
public final class IndividualCareer {

    /** One month with one employer. */
    public record Month(
            YearMonth period, String employerNumber, String employerName, int days, long pay, String source) {}

    /** A year: its months counted, its pay, its lines (oldest first). */
    public record Year(int year, int monthsCounted, Francs pay, List<Month> months) {}

    /** Months without any declared wage between two months that have one. */
    public record Gap(YearMonth from, YearMonth to) {

        public int months() {
            return (int) from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        }

        public String label() {
            return from.equals(to)
                    ? MonthLabels.of(from) + " : aucun salaire déclaré"
                    : MonthLabels.of(from) + " – " + MonthLabels.of(to) + " : aucun salaire déclaré (" + months()
                            + " mois)";
        }
    }

    /** The career: its years (newest first), gaps, months counted and each counted month's total pay (oldest first). */
    public record Career(List<Year> years, List<Gap> gaps, int monthsCounted, List<Long> monthlyWages) {

        public Francs totalPay() {
            return Francs.of(monthlyWages.stream().mapToLong(Long::longValue).sum());
        }
    }

    private IndividualCareer() {}

    public static Career of(List<Month> months) {
        TreeMap<YearMonth, Long> payByMonth = new TreeMap<>();
        months.stream()
                .filter(month -> month.days() > 0 || month.pay() > 0)
                .forEach(month -> payByMonth.merge(month.period(), month.pay(), Long::sum));
        Map<Integer, List<Month>> byYear = months.stream()
                .sorted(Comparator.comparing(Month::period).thenComparing(Month::employerName))
                .collect(Collectors.groupingBy(month -> month.period().getYear(), TreeMap::new, Collectors.toList()));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, lines) -> years.add(
                0,
                new Year(
                        year,
                        (int) payByMonth.keySet().stream()
                                .filter(m -> m.getYear() == year)
                                .count(),
                        Francs.of(lines.stream().mapToLong(Month::pay).sum()),
                        List.copyOf(lines))));
        List<Gap> gaps = new ArrayList<>();
        YearMonth previous = null;
        for (YearMonth month : payByMonth.keySet()) {
            if (previous != null && previous.plusMonths(1).isBefore(month)) {
                gaps.add(new Gap(previous.plusMonths(1), month.minusMonths(1)));
            }
            previous = month;
        }
        return new Career(List.copyOf(years), List.copyOf(gaps), payByMonth.size(), List.copyOf(payByMonth.values()));
    }
}
