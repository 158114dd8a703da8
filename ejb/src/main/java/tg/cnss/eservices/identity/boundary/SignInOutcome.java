package tg.cnss.eservices.identity.boundary;

/** How a sign-in attempt ended. */
public enum SignInOutcome {
    SUCCESS,
    /** Unknown e-mail or wrong password: the two are never told apart to the user. */
    INVALID_CREDENTIALS,
    /** Too many failures: attempts refused until the lock expires. */
    LOCKED,
    DISABLED
}
