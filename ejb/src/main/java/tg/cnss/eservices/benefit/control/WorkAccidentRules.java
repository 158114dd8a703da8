package tg.cnss.eservices.benefit.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;

/**
 * The deadlines of a work accident's declaration (domain-rules.md §6, CSS art. 51): the employer
 * within 3 working days ("jours ouvrables": every day but Sunday — public holidays are not known
 * to the portal, so a deadline here may fall a day early, never late), the victim or the family
 * within 2 years.
 */
public final class WorkAccidentRules {

    public static final int EMPLOYER_WORKING_DAYS = 3;
    public static final int VICTIM_YEARS = 2;

    private WorkAccidentRules() {}

    /** The last day the employer may declare: the 3rd working day after the accident's. */
    public static LocalDate employerDeadline(LocalDate accident) {
        LocalDate day = accident;
        int counted = 0;
        while (counted < EMPLOYER_WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    /** The last day the victim or the family may declare. */
    public static LocalDate victimDeadline(LocalDate accident) {
        return accident.plusYears(VICTIM_YEARS);
    }

    /** The seniority in the job on the accident's day, as the form writes it: "3 ans et 2 mois". */
    public static String seniority(LocalDate hired, LocalDate accident) {
        Period period = Period.between(hired, accident);
        String years = period.getYears() == 0 ? "" : period.getYears() + (period.getYears() == 1 ? " an" : " ans");
        String months = period.getMonths() + " mois";
        if (period.getYears() == 0) {
            return period.getMonths() == 0 ? "moins d'un mois" : months;
        }
        return period.getMonths() == 0 ? years : years + " et " + months;
    }
}
