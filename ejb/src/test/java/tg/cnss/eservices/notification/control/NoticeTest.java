package tg.cnss.eservices.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void aSecretTravelsSealedAndIsKeptRedacted() {
        Notice notice = Notice.withSecret(
                Channel.EMAIL,
                "kossi@exemple.tg",
                "Réinitialisation",
                "Ouvrez ce lien : " + Notice.SECRET,
                "v1:scellé");
        assertEquals(notice, Notice.fromJson(notice.toJson()));
        assertEquals("Ouvrez ce lien : https://cnss.tg/?jeton=abc", notice.text("https://cnss.tg/?jeton=abc"));
        assertEquals("Ouvrez ce lien : •••", notice.redacted());
        assertFalse(notice.toJson().contains("jeton"), "the queue message holds only the sealed secret");
        assertThrows(
                IllegalArgumentException.class,
                () -> Notice.withSecret(Channel.SMS, "+22890000000", null, "Pas de place pour le code", "v1:x"));
    }

    @Test
    void eachNoticeHasItsOwnIdForIdempotentDelivery() {
        Notice first = new Notice(Channel.SMS, "+22890000000", null, "Bonjour");
        Notice second = new Notice(Channel.SMS, "+22890000000", null, "Bonjour");
        assertNotEquals(first.id(), second.id());
        assertEquals(first.id(), Notice.fromJson(first.toJson()).id());
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
