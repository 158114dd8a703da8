package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the insured person {@code InsuredSeeder} makes afresh for the benefit and certificate tests. */
@Stateless
@RunAs("INSURED")
@RunAsPrincipal(AsBenefitInsured.EMAIL)
public class AsBenefitInsured extends ActingUser {

    public static final String EMAIL = "prestations.assure@exemple.tg";
}
