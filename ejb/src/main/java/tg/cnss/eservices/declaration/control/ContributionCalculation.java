package tg.cnss.eservices.declaration.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.reference.entity.ContributionPayer;

/** The contributions a month's payroll implies, line by line, and their totals. */
public record ContributionCalculation(
        YearMonth month, int workerCount, Francs grossPayroll, List<ComputedLine> lines, LocalDate dueDate) {

    public ContributionCalculation {
        lines = List.copyOf(lines);
    }

    /** The CNSS branches (AMU apart) paid by the employer: 17,5 % since 27/06/2012. */
    public Francs employerCnss() {
        return sum(false, ContributionPayer.EMPLOYER);
    }

    /** The CNSS share withheld from the workers' pay: 4 %. */
    public Francs employeeCnss() {
        return sum(false, ContributionPayer.EMPLOYEE);
    }

    public Francs employerAmu() {
        return sum(true, ContributionPayer.EMPLOYER);
    }

    public Francs employeeAmu() {
        return sum(true, ContributionPayer.EMPLOYEE);
    }

    /** Everything the employer pays for the month: both shares, CNSS and AMU. */
    public Francs total() {
        return lines.stream().map(ComputedLine::amount).reduce(Francs.ZERO, Francs::plus);
    }

    public boolean hasAmu() {
        return lines.stream().anyMatch(ComputedLine::isAmu);
    }

    private Francs sum(boolean amu, ContributionPayer payer) {
        return lines.stream()
                .filter(line -> line.isAmu() == amu && line.payer() == payer)
                .map(ComputedLine::amount)
                .reduce(Francs.ZERO, Francs::plus);
    }
}
