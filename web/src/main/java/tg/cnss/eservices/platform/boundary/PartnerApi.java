package tg.cnss.eservices.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's REST API, under {@code /api}: versioned paths ({@code /api/v1/…}) for the partners —
 * mobile-money aggregators now; banks, payroll software and public buyers next. Each endpoint
 * authenticates its caller itself (a signature, a key); none uses the portal's sign-in session.
 */
@ApplicationPath("/api")
public class PartnerApi extends Application {}
