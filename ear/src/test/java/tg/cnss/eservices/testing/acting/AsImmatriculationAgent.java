package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the Immatriculation agent. */
@Stateless
@RunAs("AGENT")
@RunAsPrincipal("agent.immatriculation@demo.cnss.tg")
public class AsImmatriculationAgent extends ActingUser {}
