package tg.cnss.eservices.notification.control;

/**
 * Sends a text message. A failure the gateway may recover from (unreachable, 5xx, refused
 * credentials) throws, so that the notification queue retries and finally dead-letters it; a
 * message that can never be sent (not a Togolese number) is reported as not sent.
 */
public interface SmsGateway {

    DeliveryReport send(String phone, String text);
}
