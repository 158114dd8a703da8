package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.PermitAll;
import java.util.concurrent.Callable;

/**
 * In-container tests act as a demo user through the subclasses of this bean: what they call runs
 * with that user's role and name, as if the user had signed in (test deployments only).
 */
public abstract class ActingUser {

    @PermitAll
    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Class<?>[] classes() {
        return new Class<?>[] {
            ActingUser.class,
            AsInsured.class,
            AsEmployer.class,
            AsRelationsAgent.class,
            AsRecouvrementAgent.class,
            AsSupervisor.class,
            AsSupervisorWorking.class,
            AsImmatriculationAgent.class,
            AsAdmin.class,
            AsSecondFactorInsured.class,
            AsProfileChangeInsured.class,
            AsQuitusEmployer.class,
            AsBenefitInsured.class,
            AsPrestationsAgent.class,
            AsRisksAgent.class
        };
    }
}
