package tg.cnss.eservices.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/** Who is signed in, for templates and menus; the account is read once per request. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    /** Where {@link SignedInPagesFilter} leaves the account it has just checked. */
    static final String ACCOUNT_ATTRIBUTE = CurrentUser.class.getName() + ".account";

    private AccountView account;

    @Inject
    ExternalContext external;

    /** Not the SecurityContext's principal: WildFly gives anonymous visitors one too. */
    public boolean isSignedIn() {
        return external.getUserPrincipal() != null;
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public AccountView getAccount() {
        if (account == null && isSignedIn()) {
            Object checked = external.getRequestMap().get(ACCOUNT_ATTRIBUTE);
            account = checked instanceof AccountView view ? view : accounts.current();
        }
        return account;
    }

    /** The caller's registry number as people write it (E-12345678-89, 1234567890-92). */
    public String getRegistrationNumberDisplay() {
        String number = getAccount() == null ? null : getAccount().registrationNumber();
        if (number == null) {
            return "";
        }
        return number.startsWith("E")
                ? EmployerNumber.parse(number).display()
                : InsuredNumber.parse(number).display();
    }

    /** The left menu of the caller's space, for pages every role shares (/compte/). */
    public String getMenuFragment() {
        String space = hasRole("EMPLOYER")
                ? "employeur"
                : hasRole("INSURED") ? "assure" : hasRole("AGENT") ? "agent" : "admin";
        return "/WEB-INF/fragments/menu-" + space + ".xhtml";
    }

    /** The space of the caller's own role, or the public home when not signed in. */
    public String homePath() {
        return Arrays.stream(Role.values())
                .filter(role -> role.homePath() != null && securityContext.isCallerInRole(role.name()))
                .map(Role::homePath)
                .findFirst()
                .orElse("/");
    }
}
