package tg.cnss.eservices.identity.boundary;

/** How a sign-in attempt ended. */
public enum SignInOutcome {
    SUCCESS,
    /** Right password; the second factor (or setting one up) must follow before the session opens. */
    SECOND_STEP,
    /** Unknown e-mail or wrong password: the two are never told apart to the user. */
    INVALID_CREDENTIALS,
    /** Too many failures: attempts refused until the lock expires. */
    LOCKED,
    DISABLED,
    /** Right password, but the CNSS has not activated the account made by sign-up yet. */
    PENDING_ACTIVATION,
    /** Right password, but the CNSS refused to activate the account. */
    ACTIVATION_REFUSED,
    /**
     * Right password of an old-site user name that has no e-mail address yet: the session goes
     * on to "Ajoutez votre adresse e-mail" and opens no space until it is verified.
     */
    EMAIL_REQUIRED
}
