package tg.cnss.eservices.declaration.boundary;

import java.time.LocalDate;

/**
 * The dashboard's fact about the quarterly DNR: the quarter whose DNR is due next (or is overdue),
 * its due date, the days left (negative once passed), and its reference once declared.
 */
public record DnrDeadline(
        String quarterLabel, String quarterCode, LocalDate dueDate, long daysLeft, String declaredReference) {

    public boolean declared() {
        return declaredReference != null;
    }

    public boolean late() {
        return !declared() && daysLeft < 0;
    }
}
