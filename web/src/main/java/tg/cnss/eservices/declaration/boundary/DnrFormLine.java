package tg.cnss.eservices.declaration.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A line of the online DNR as the page edits it (the inputs need setters; DnrDraftLine is what is saved). */
public class DnrFormLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final String insuredNumber;
    private final String lastName;
    private final String firstNames;
    private final boolean onRoster;
    private final List<Long> suggestedPay;
    private final String[] days = {"", "", ""};
    private final String[] pay = {"", "", ""};
    private String exitDate = "";

    DnrFormLine(int number, DnrDraftLine line) {
        this.number = number;
        this.insuredNumber = line.insuredNumber();
        this.lastName = line.lastName();
        this.firstNames = line.firstNames();
        this.onRoster = line.onRoster();
        this.suggestedPay = line.suggestedPay() == null ? null : new ArrayList<>(line.suggestedPay());
        for (int month = 0; month < 3; month++) {
            days[month] = line.days().get(month);
            pay[month] = line.pay().get(month);
        }
        this.exitDate = line.exitDate();
    }

    DnrDraftLine toDraft() {
        return new DnrDraftLine(
                insuredNumber, lastName, firstNames, List.of(days), List.of(pay), exitDate, onRoster, suggestedPay);
    }

    /**
     * Last quarter's pay of each month into the months left empty: a suggestion to check (the days
     * stay the employer's to type).
     */
    boolean takeSuggestion() {
        if (suggestedPay == null) {
            return false;
        }
        boolean taken = false;
        for (int month = 0; month < 3; month++) {
            if (pay[month].isBlank() && days[month].isBlank() && suggestedPay.get(month) > 0) {
                pay[month] = String.valueOf(suggestedPay.get(month));
                taken = true;
            }
        }
        return taken;
    }

    public int getNumber() {
        return number;
    }

    public String getInsuredNumber() {
        return insuredNumber;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstNames() {
        return firstNames;
    }

    public boolean isOnRoster() {
        return onRoster;
    }

    public boolean isToRegister() {
        return insuredNumber.isBlank();
    }

    /** "Trimestre précédent : 350 000" — the hint of a pay field, or "". */
    public String suggestionOf(int month) {
        return suggestedPay == null || suggestedPay.get(month) == 0
                ? ""
                : tg.cnss.eservices.kernel.Francs.of(suggestedPay.get(month)).display();
    }

    public String getDays1() {
        return days[0];
    }

    public void setDays1(String value) {
        days[0] = clean(value);
    }

    public String getDays2() {
        return days[1];
    }

    public void setDays2(String value) {
        days[1] = clean(value);
    }

    public String getDays3() {
        return days[2];
    }

    public void setDays3(String value) {
        days[2] = clean(value);
    }

    public String getPay1() {
        return pay[0];
    }

    public void setPay1(String value) {
        pay[0] = clean(value);
    }

    public String getPay2() {
        return pay[1];
    }

    public void setPay2(String value) {
        pay[1] = clean(value);
    }

    public String getPay3() {
        return pay[2];
    }

    public void setPay3(String value) {
        pay[2] = clean(value);
    }

    public String getExitDate() {
        return exitDate;
    }

    public void setExitDate(String value) {
        exitDate = clean(value);
    }

    String payOf(int month) {
        return pay[month];
    }

    String daysOf(int month) {
        return days[month];
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
