package tg.cnss.eservices.identity.boundary;

import tg.cnss.eservices.identity.control.LockoutPolicy;

/** Messages of the sign-in steps that more than one step gives. */
public final class SignInMessages {

    public static final String LOCKED = "Trop d'essais erronés : la connexion à ce compte est bloquée pendant "
            + LockoutPolicy.LOCK_DURATION.toMinutes() + " minutes. Un e-mail vous a été envoyé.";

    private SignInMessages() {}
}
