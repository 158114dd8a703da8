package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the Prestations agent. */
@Stateless
@RunAs("AGENT")
@RunAsPrincipal("agent.prestations@demo.cnss.tg")
public class AsPrestationsAgent extends ActingUser {}
