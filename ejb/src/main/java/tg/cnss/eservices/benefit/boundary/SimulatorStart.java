package tg.cnss.eservices.benefit.boundary;

import java.time.LocalDate;

/** What the simulator starts from: the person's birth date and account, and the dates it suggests. */
public record SimulatorStart(
        LocalDate birthDate, int monthsOnRecord, long lastMonthlyWage, LocalDate normalDate, LocalDate earlyDate) {}
