package tg.cnss.eservices.identity.boundary;

import java.util.Set;
import tg.cnss.eservices.identity.entity.Role;

/**
 * The answer to a sign-in attempt; the role, groups and credentials version (kept by the session,
 * which a later password change closes) are set only on success.
 */
public record SignInResult(SignInOutcome outcome, String email, Role role, Set<String> groups, long credentialsVersion) {

    static SignInResult success(String email, Role role, long credentialsVersion) {
        return new SignInResult(SignInOutcome.SUCCESS, email, role, role.groups(), credentialsVersion);
    }

    static SignInResult refused(SignInOutcome outcome) {
        return new SignInResult(outcome, null, null, Set.of(), -1);
    }

    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
