package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo insured person. */
@Stateless
@RunAs("INSURED")
@RunAsPrincipal("assure@demo.cnss.tg")
public class AsInsured extends ActingUser {}
