package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the supervisor. */
@Stateless
@RunAs("SUPERVISOR")
@RunAsPrincipal("superviseur@demo.cnss.tg")
public class AsSupervisor extends ActingUser {}
