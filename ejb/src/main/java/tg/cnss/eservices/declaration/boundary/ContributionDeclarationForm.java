package tg.cnss.eservices.declaration.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.YearMonth;

/**
 * "Déclaration de Cotisation": the month declared, the number of workers paid in it and their
 * gross payroll in whole francs (all pay: salary, bonuses, allowances, benefits in kind).
 */
public record ContributionDeclarationForm(
        @NotNull(message = "{contribution.month.required}")
        @Min(value = 1, message = "{contribution.month.required}")
        @Max(value = 12, message = "{contribution.month.required}")
        Integer month,

        @NotNull(message = "{contribution.year.required}")
        @Min(value = 1990, message = "{contribution.year.range}")
        @Max(value = 9999, message = "{contribution.year.range}")
        Integer year,

        @NotNull(message = "{contribution.workers.required}")
        @PositiveOrZero(message = "{contribution.workers.positive}")
        @Max(value = 1_000_000, message = "{contribution.workers.max}")
        Integer workers,

        @NotNull(message = "{contribution.payroll.required}")
        @PositiveOrZero(message = "{contribution.payroll.positive}")
        @Max(value = 1_000_000_000_000L, message = "{contribution.payroll.max}")
        Long payroll) {

    public YearMonth period() {
        return YearMonth.of(year, month);
    }
}
