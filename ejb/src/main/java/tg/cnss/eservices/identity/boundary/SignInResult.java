package tg.cnss.eservices.identity.boundary;

import java.util.Set;
import tg.cnss.eservices.identity.entity.Role;

/** The answer to a sign-in attempt; the role and groups are set only on success. */
public record SignInResult(SignInOutcome outcome, String email, Role role, Set<String> groups) {

    static SignInResult success(String email, Role role) {
        return new SignInResult(SignInOutcome.SUCCESS, email, role, role.groups());
    }

    static SignInResult refused(SignInOutcome outcome) {
        return new SignInResult(outcome, null, null, Set.of());
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
