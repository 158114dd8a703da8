package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the insured person whose details ProfileChangeIT changes (made afresh by each run). */
@Stateless
@RunAs("INSURED")
@RunAsPrincipal(AsProfileChangeInsured.EMAIL)
public class AsProfileChangeInsured extends ActingUser {

    public static final String EMAIL = "modification.infos@exemple.tg";
}
