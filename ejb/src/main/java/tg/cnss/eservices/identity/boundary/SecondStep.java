package tg.cnss.eservices.identity.boundary;

/** What a sign-in asks for after a right password. */
public enum SecondStep {
    /** Nothing: the password alone signs in (employers and insured persons who chose so). */
    NONE,
    /** A code of the authenticator app, or a recovery code. */
    TOTP,
    /** A code sent by SMS, or a recovery code. */
    SMS,
    /** A staff member without an authenticator app yet: sets one up before going further. */
    TOTP_ENROLMENT
}
