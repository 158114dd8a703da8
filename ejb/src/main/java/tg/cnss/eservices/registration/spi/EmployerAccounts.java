package tg.cnss.eservices.registration.spi;

import java.util.List;
import tg.cnss.eservices.registration.entity.EmployerNumber;

/**
 * The portal accounts that act for an employer, to tell it what concerns it (a worker who
 * registered himself as its employee). Implemented by {@code identity}, which owns the accounts.
 */
public interface EmployerAccounts {

    /** The sign-in e-mail addresses of the enabled employer accounts tied to this number. */
    List<String> of(EmployerNumber employer);
}
