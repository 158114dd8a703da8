package tg.cnss.eservices.registration.spi;

import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * The employer a signed-in employer account acts for. The accounts belong to {@code identity},
 * which depends on the registry; the registry's own services ask through this port, implemented
 * there, so that the two contexts do not depend on each other both ways.
 */
public interface CallerEmployer {

    /**
     * The employer number of the account {@code email}.
     *
     * @throws NoEmployerNumberException when the account has none
     */
    EmployerNumber of(String email);
}
