package tg.cnss.eservices.testing.acting;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Acts as the demo employer. */
@Stateless
@RunAs("EMPLOYER")
@RunAsPrincipal("employeur@demo.cnss.tg")
public class AsEmployer extends ActingUser {}
