package tg.cnss.eservices.registration.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsuredPersonTest {

    private static final LocalDate BORN = LocalDate.of(1970, 5, 6);
    private static final EmployerNumber EMPLOYER = new EmployerNumber(12_345_678L);
    private static final EmployerNumber OTHER = new EmployerNumber(12_345_679L);

    @Test
    void aPersonWithACurrentEmployerMustGiveIt() {
        InsuredPerson employed =
                new InsuredPerson(new InsuredNumber(1_234_567_890L), "AMEGAN", "Kossi", BORN, EMPLOYER, Instant.now());
        assertTrue(employed.hasCurrentEmployer());
        assertTrue(employed.matches("Amegan", "kossi", BORN, EMPLOYER));
        assertFalse(employed.matches("Amegan", "kossi", BORN, null), "employeur laissé vide");
        assertFalse(employed.matches("Amegan", "kossi", BORN, OTHER), "autre employeur");
        assertFalse(employed.matches("Amegan", "kossi", BORN.plusDays(1), EMPLOYER), "autre date de naissance");
    }

    @Test
    void aPersonWithoutCurrentEmployerIsMatchedOnNamesAndBirthDate() {
        InsuredPerson retired =
                new InsuredPerson(new InsuredNumber(1_234_567_891L), "KPODAR", "Afi Délali", BORN, null, Instant.now());
        assertFalse(retired.hasCurrentEmployer());
        assertTrue(retired.matches("kpodar", "AFI  DELALI", BORN, null));
        assertTrue(retired.matches("kpodar", "AFI  DELALI", BORN, OTHER), "un ancien employeur tapé ne gêne pas");
        assertFalse(retired.matches("kpodar", "Afi", BORN, null), "prénoms incomplets");
        assertFalse(retired.matches("kpodar", "AFI DELALI", BORN.minusYears(1), null));
    }
}
