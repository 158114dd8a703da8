package tg.cnss.eservices.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import tg.cnss.eservices.platform.boundary.QrCodes;

/** The QR code of an authenticator-app key being set up, for the pages that show one. */
@Named
@ApplicationScoped
public class AppKeys {

    public String qrCode(NewAppKey key) {
        return key == null
                ? null
                : QrCodes.svg(key.keyUri(), "Code QR à scanner avec votre application d'authentification");
    }
}
