package tg.cnss.eservices.identity.boundary;

import java.util.Set;
import tg.cnss.eservices.identity.entity.Role;

/**
 * The answer to a sign-in attempt; the role, groups and credentials version (kept by the session,
 * which a later password change closes) are set on success and when a second step is asked for;
 * the claim token when an old-site user name must add its e-mail address (kept by the session).
 */
public record SignInResult(
        SignInOutcome outcome,
        String email,
        Role role,
        Set<String> groups,
        long credentialsVersion,
        SecondStep secondStep,
        String claimToken) {

    static SignInResult success(String email, Role role, long credentialsVersion) {
        return new SignInResult(
                SignInOutcome.SUCCESS, email, role, role.groups(), credentialsVersion, SecondStep.NONE, null);
    }

    static SignInResult secondStep(String email, Role role, long credentialsVersion, SecondStep step) {
        return new SignInResult(SignInOutcome.SECOND_STEP, email, role, role.groups(), credentialsVersion, step, null);
    }

    public static SignInResult refused(SignInOutcome outcome) {
        return new SignInResult(outcome, null, null, Set.of(), -1, SecondStep.NONE, null);
    }

    /** An old-site user name whose password is right: its e-mail address must be given first. */
    static SignInResult emailRequired(String claimToken) {
        return new SignInResult(SignInOutcome.EMAIL_REQUIRED, null, null, Set.of(), -1, SecondStep.NONE, claimToken);
    }

    /** Signed in: nothing more to prove. */
    public boolean succeeded() {
        return outcome == SignInOutcome.SUCCESS;
    }
}
