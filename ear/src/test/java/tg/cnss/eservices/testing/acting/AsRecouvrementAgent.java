package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the Recouvrement agent. */
@Stateless
@RunAs("AGENT")
@RunAsPrincipal("agent.recouvrement@demo.cnss.tg")
public class AsRecouvrementAgent extends ActingUser {}
