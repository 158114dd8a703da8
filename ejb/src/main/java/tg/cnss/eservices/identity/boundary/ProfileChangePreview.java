package tg.cnss.eservices.identity.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What "Modifier mes infos" would ask the CNSS, before it is filed: the changes, and where the
 * codes proving a new e-mail address or phone number were sent (null when unchanged).
 */
public record ProfileChangePreview(List<ProfileChange> changes, String emailCodeSentTo, String phoneCodeSentTo)
        implements Serializable {

    public boolean needsEmailCode() {
        return emailCodeSentTo != null;
    }

    public boolean needsPhoneCode() {
        return phoneCodeSentTo != null;
    }
}
