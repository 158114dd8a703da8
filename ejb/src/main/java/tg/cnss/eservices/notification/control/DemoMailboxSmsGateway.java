package tg.cnss.eservices.notification.control;

/** Demo mode: nothing leaves the server; the message is kept for the demo mailbox page. */
public class DemoMailboxSmsGateway implements SmsGateway {

    @Override
    public DeliveryReport send(String phone, String text) {
        return DeliveryReport.demoMailbox();
    }
}
