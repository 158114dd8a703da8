package tg.cnss.eservices.notification.control;

import tg.cnss.eservices.notification.entity.DeliveryStatus;

/** What a sender did with a message: sent, kept in the demo mailbox, or not sent (and why). */
public record DeliveryReport(DeliveryStatus status, String detail) {

    public static DeliveryReport sent(String detail) {
        return new DeliveryReport(DeliveryStatus.SENT, detail);
    }

    public static DeliveryReport demoMailbox() {
        return new DeliveryReport(DeliveryStatus.DEMO_MAILBOX, null);
    }

    public static DeliveryReport notSent(String why) {
        return new DeliveryReport(DeliveryStatus.NOT_SENT, why);
    }
}
