package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Acts as the demo supervisor working the worklist: signed-in supervisors hold the AGENT group
 * too, but a run-as identity carries one role, so the agent side has its own bean.
 */
@Stateless
@RunAs("AGENT")
@RunAsPrincipal("superviseur@demo.cnss.tg")
public class AsSupervisorWorking extends ActingUser {}
