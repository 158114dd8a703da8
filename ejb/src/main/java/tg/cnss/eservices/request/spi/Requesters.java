package tg.cnss.eservices.request.spi;

import java.util.Optional;

/**
 * The accounts requests belong to, as they are now (an address or a number may have changed since
 * the request was filed). The request context keeps only an account id; the identity context
 * knows the accounts and implements this.
 */
public interface Requesters {

    /** The account signed in under this principal name (its e-mail address). */
    Optional<Account> byPrincipal(String principalName);

    Optional<Account> byId(long accountId);

    /** How to reach an account, and where its space is ({@code /assure/}, {@code /employeur/}…). */
    record Account(long id, String email, String fullName, String phone, String homePath) {}
}
