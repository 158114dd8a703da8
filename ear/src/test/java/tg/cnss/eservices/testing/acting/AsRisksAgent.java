package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the Risques professionnels agent. */
@Stateless
@RunAs("AGENT")
@RunAsPrincipal("agent.risques@demo.cnss.tg")
public class AsRisksAgent extends ActingUser {}
