package tg.cnss.eservices.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tg.cnss.eservices.notification.control.DeliveryReport;
import tg.cnss.eservices.notification.control.Notice;
import tg.cnss.eservices.notification.entity.Channel;

/** Security review, finding 5: what the table of sent messages keeps of a notice with a secret. */
class NotificationsTest {

    private final Notice reset = Notice.withSecret(
            Channel.EMAIL, "ama@exemple.tg", "Réinitialisation", "Ouvrez ce lien : " + Notice.SECRET, "v1:scellé");
    private final String sent = "Ouvrez ce lien : https://cnss.tg/nouveau-mot-de-passe.xhtml?jeton=abc";

    @Test
    void aSentOrUnsentSecretIsKeptRedacted() {
        assertEquals("Ouvrez ce lien : •••", Notifications.keptText(reset, sent, DeliveryReport.sent(null)));
        assertEquals("Ouvrez ce lien : •••", Notifications.keptText(reset, sent, DeliveryReport.notSent("panne")));
    }

    @Test
    void theDemoMailboxIsTheInboxInDemoModeAndKeepsTheText() {
        assertEquals(sent, Notifications.keptText(reset, sent, DeliveryReport.demoMailbox()));
    }

    @Test
    void aNoticeWithoutSecretIsKeptAsSent() {
        Notice notice = new Notice(Channel.SMS, "+22890000000", null, "Demande acceptée");
        assertEquals("Demande acceptée", Notifications.keptText(notice, "Demande acceptée", DeliveryReport.sent(null)));
    }
}
