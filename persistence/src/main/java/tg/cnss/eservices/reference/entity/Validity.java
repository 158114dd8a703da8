package tg.cnss.eservices.reference.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period during which a dated rule applies, both ends included. A missing start means "since
 * before our records", a missing end "still in force". A declaration for a past period uses the
 * rule whose validity covers that period (domain-rules.md: rates and SMIG are dated data).
 */
@Embeddable
public class Validity {

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Validity() {
        // for JPA
    }

    public Validity(LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("La fin de validité précède son début");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Validity that
                && Objects.equals(validFrom, that.validFrom)
                && Objects.equals(validTo, that.validTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(validFrom, validTo);
    }
}
