package tg.cnss.eservices.identity.boundary;

import java.time.Instant;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;

/** What pages may show of an account: never its password hash or lockout state. */
public record AccountView(
        String email,
        String fullName,
        String phone,
        Role role,
        String departmentCode,
        String registrationNumber,
        Instant lastSignInAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(
                account.getEmail().value(),
                account.getFullName(),
                account.getPhone(),
                account.getRole(),
                account.getDepartmentCode(),
                account.getRegistrationNumber(),
                account.getLastSignInAt());
    }
}
