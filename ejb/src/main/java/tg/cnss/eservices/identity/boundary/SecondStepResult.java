package tg.cnss.eservices.identity.boundary;

import java.util.List;

/**
 * The answer to a second-step code: signed in (with, after setting up an app, the new recovery
 * codes to show once), or refused with a message in French for the page.
 */
public record SecondStepResult(SignInResult signIn, String message, List<String> newRecoveryCodes, boolean startAgain) {

    static SecondStepResult signedIn(SignInResult signIn, String message, List<String> newRecoveryCodes) {
        return new SecondStepResult(signIn, message, newRecoveryCodes, false);
    }

    static SecondStepResult refused(String message) {
        return new SecondStepResult(null, message, List.of(), false);
    }

    /** Refused, and the sign-in must start again from the password (locked, closed, expired). */
    public static SecondStepResult startAgain(String message) {
        return new SecondStepResult(null, message, List.of(), true);
    }

    public boolean succeeded() {
        return signIn != null;
    }
}
