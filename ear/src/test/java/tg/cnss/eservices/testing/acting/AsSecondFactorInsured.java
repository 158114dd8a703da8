package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the insured person whose second factor SecondFactorIT turns on and off (not a demo account). */
@Stateless
@RunAs("INSURED")
@RunAsPrincipal(AsSecondFactorInsured.EMAIL)
public class AsSecondFactorInsured extends ActingUser {

    public static final String EMAIL = "double.facteur@exemple.tg";
}
