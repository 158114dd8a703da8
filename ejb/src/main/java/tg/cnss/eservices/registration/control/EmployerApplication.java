package tg.cnss.eservices.registration.control;

import java.time.LocalDate;
import tg.cnss.eservices.registration.entity.EmployerCategory;

/**
 * What the registry needs from either pre-registration form (GE &amp; PME or domestic staff) to
 * register the employer and to find possible duplicates.
 */
public interface EmployerApplication {

    EmployerCategory category();

    /** The name the employer is registered under. */
    String employerName();

    String prefectureCode();

    String town();

    String district();

    Integer totalStaff();

    default String acronym() {
        return null;
    }

    default String operatorCard() {
        return null;
    }

    default String tradeRegister() {
        return null;
    }

    String email();

    String phone();

    /** The head office's address, or the street of a household. */
    String address();

    default LocalDate firstHiringDate() {
        return null;
    }
}
