package tg.cnss.eservices.identity.boundary;

import java.time.Instant;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.SecondFactor;

/** One account in the administrators' list: who, which role and department, and whether it can sign in. */
public record AdminAccountRow(
        long id,
        String email,
        String fullName,
        Role role,
        String departmentCode,
        String stateLabel,
        boolean enabled,
        boolean lockedNow,
        Instant lastSignInAt,
        SecondFactor secondFactor) {

    public boolean staff() {
        return role.isStaff();
    }
}
