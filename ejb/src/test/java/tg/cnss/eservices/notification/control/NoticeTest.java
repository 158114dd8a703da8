package tg.cnss.eservices.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tg.cnss.eservices.notification.entity.Channel;

class NoticeTest {

    @Test
    void travelsAsJsonAndBack() {
        Notice notice = new Notice(Channel.EMAIL, "kossi@exemple.tg", "Objet « accentué »", "Ligne 1\nLigne \"2\"");
        assertEquals(notice, Notice.fromJson(notice.toJson()));
    }

    @Test
    void smsHaveNoSubject() {
        Notice sms = new Notice(Channel.SMS, "+22890000000", null, "Code : 123456");
        assertEquals(sms, Notice.fromJson(sms.toJson()));
    }

    @Test
    void inAppNoticesKeepTheirLink() {
        Notice notice = new Notice(
                Channel.IN_APP,
                "assure@demo.cnss.tg",
                "RC-2026-000001",
                "Acceptée",
                "/assure/demande.xhtml?ref=RC-2026-000001");
        assertEquals(notice, Notice.fromJson(notice.toJson()));
    }

    @Test
    void malformedMessagesThrowSoThatTheyEndInTheDeadLetterQueue() {
        assertThrows(RuntimeException.class, () -> Notice.fromJson("{not json"));
        assertThrows(
                RuntimeException.class,
                () -> Notice.fromJson("{\"channel\":\"FAX\",\"recipient\":\"x\",\"body\":\"y\"}"));
        assertThrows(RuntimeException.class, () -> Notice.fromJson("{\"channel\":\"SMS\"}"));
    }
}
