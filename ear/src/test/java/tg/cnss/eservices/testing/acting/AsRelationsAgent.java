package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the Relations usagers agent. */
@Stateless
@RunAs("AGENT")
@RunAsPrincipal("agent.relations@demo.cnss.tg")
public class AsRelationsAgent extends ActingUser {}
