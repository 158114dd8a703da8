package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the account {@code GoodStandingSeeder} ties to the employer in good standing it last made. */
@Stateless
@RunAs("EMPLOYER")
@RunAsPrincipal(AsQuitusEmployer.EMAIL)
public class AsQuitusEmployer extends ActingUser {

    public static final String EMAIL = "employeur.quitus@exemple.tg";
}
