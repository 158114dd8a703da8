package tg.cnss.eservices.benefit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * "Allocation prénatale" as typed: the future mother (SELF, or a declared spouse's id), the expected
 * birth, and the date of each prenatal examination made (null: not made, or not asked for now).
 */
public record PrenatalForm(
        String mother, LocalDate expectedBirth, LocalDate firstExam, LocalDate secondExam, LocalDate thirdExam)
        implements Serializable {}
