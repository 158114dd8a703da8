package tg.cnss.eservices.partner.boundary;

import java.util.function.Supplier;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;
import tg.cnss.eservices.identity.boundary.MobileSignIns.MobileUser;

/**
 * Runs a mobile application's read as its user, for the portal's own services to answer it as
 * they answer his pages — the same checks of role and ownership, the same data: an identity of the
 * application's security domain named by the account and holding its role, whose session was
 * checked open just before ({@link MobileAccess#user}). Elytron's run-as, the way WildFly's own
 * {@code @RunAs} works.
 */
final class MobileUserIdentity {

    private MobileUserIdentity() {}

    static <T> T runAs(MobileUser user, Supplier<T> read) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("Aucun domaine de sécurité pour l'API mobile");
        }
        RoleMapper role = RoleMapper.constant(Roles.of(user.role().name()));
        SecurityIdentity identity = domain.createAdHocIdentity(user.email())
                .withDefaultRoleMapper(role)
                .withRoleMapper("ejb", role)
                .withRoleMapper("web", role);
        return identity.runAs((java.security.PrivilegedAction<T>) read::get);
    }
}
