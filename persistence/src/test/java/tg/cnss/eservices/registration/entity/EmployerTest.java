package tg.cnss.eservices.registration.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmployerTest {

    private final Employer employer = new Employer(
            new EmployerNumber(10_000_001L),
            EmployerCategory.ENTERPRISE,
            "Société Togolaise de Démonstration S.A.R.L.",
            "GOLFE",
            "Lomé",
            "Nyékonakpoè",
            42,
            Instant.now());

    @Test
    void aNameTypedAsPeopleWriteItIsRecognised() {
        assertTrue(employer.isNamed("SOCIETE TOGOLAISE DE DEMONSTRATION SARL"));
        assertTrue(employer.isNamed("  société togolaise de démonstration s.a.r.l"));
    }

    @Test
    void anotherOrMissingNameIsNot() {
        assertFalse(employer.isNamed("Société Togolaise SARL"));
        assertFalse(employer.isNamed(""));
        assertFalse(employer.isNamed(null));
    }
}
