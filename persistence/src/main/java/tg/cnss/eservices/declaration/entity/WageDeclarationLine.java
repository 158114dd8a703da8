package tg.cnss.eservices.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker's line of a DNR, read-only here: lines are written in batches of plain SQL when the
 * declaration is recorded (a file may hold 100 000), and only read afterwards (receipt, next
 * quarter's suggestions, comparisons). {@code insuredNumber} null for a worker still to register.
 */
@Entity
@Table(name = "wage_declaration_line")
@IdClass(WageDeclarationLine.Key.class)
public class WageDeclarationLine {

    /** The line's key: its declaration and its number (a plain class: JPA sets its fields). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long declarationId;
        private Integer lineNo;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(declarationId, key.declarationId)
                    && java.util.Objects.equals(lineNo, key.lineNo);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(declarationId, lineNo);
        }
    }

    @Id
    @Column(name = "declaration_id")
    private Long declarationId;

    @Id
    @Column(name = "line_no")
    private Integer lineNo;

    @Column(name = "insured_number", length = 12)
    private String insuredNumber;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "first_names", nullable = false, length = 100)
    private String firstNames;

    @Column(name = "days_1", nullable = false)
    private int days1;

    @Column(name = "pay_1", nullable = false)
    private long pay1;

    @Column(name = "days_2", nullable = false)
    private int days2;

    @Column(name = "pay_2", nullable = false)
    private long pay2;

    @Column(name = "days_3", nullable = false)
    private int days3;

    @Column(name = "pay_3", nullable = false)
    private long pay3;

    @Column(name = "exit_date")
    private LocalDate exitDate;

    protected WageDeclarationLine() {
        // for JPA
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public int getLineNo() {
        return lineNo;
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

    public List<Integer> getDays() {
        return List.of(days1, days2, days3);
    }

    public List<Long> getPay() {
        return List.of(pay1, pay2, pay3);
    }

    public LocalDate getExitDate() {
        return exitDate;
    }
}
