package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo administrator. */
@Stateless
@RunAs("ADMIN")
@RunAsPrincipal("admin@demo.cnss.tg")
public class AsAdmin extends ActingUser {}
