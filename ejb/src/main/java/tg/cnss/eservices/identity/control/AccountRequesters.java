package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.request.spi.Requesters;

/** The accounts of the portal as the request context sees its requesters. */
@ApplicationScoped
public class AccountRequesters implements Requesters {

    @Inject
    AccountRepository accounts;

    @Override
    public Optional<Account> byPrincipal(String principalName) {
        return Optional.ofNullable(EmailAddress.parseOrNull(principalName))
                .flatMap(accounts::findByEmail)
                .map(AccountRequesters::requester);
    }

    @Override
    public Optional<Account> byId(long accountId) {
        return accounts.findById(accountId).map(AccountRequesters::requester);
    }

    private static Account requester(UserAccount account) {
        return new Account(
                account.getId(),
                account.getEmail().value(),
                account.getFullName(),
                account.getPhone(),
                account.getRole().homePath());
    }
}
