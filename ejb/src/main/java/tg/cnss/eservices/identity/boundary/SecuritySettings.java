package tg.cnss.eservices.identity.boundary;

import tg.cnss.eservices.identity.entity.SecondFactor;

/**
 * "Sécurité du compte": the second factor in use, how many recovery codes are left, and what
 * the caller may change (staff must keep an app; SMS codes need a number on the account); and the
 * account's credentials version, which a change of second factor raises (the session that made
 * the change adopts it, the account's other sessions end).
 */
public record SecuritySettings(
        SecondFactor factor, long recoveryCodesLeft, boolean staff, String maskedPhone, long credentialsVersion) {

    public String factorLabel() {
        return factor.label();
    }

    public boolean mayTurnOff() {
        return !staff && factor != SecondFactor.NONE;
    }

    public boolean mayUseSms() {
        return !staff && maskedPhone != null && factor != SecondFactor.SMS;
    }

    public boolean active() {
        return factor != SecondFactor.NONE;
    }
}
