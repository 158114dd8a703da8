package tg.cnss.eservices.notification.spi;

import java.util.List;

/**
 * Who is told when the notification service itself needs attention (the day's SMS budget spent).
 * The identity context, which knows the administrators' accounts, implements it.
 */
public interface Administrators {

    /** The e-mail addresses of the enabled administrator accounts. */
    List<String> addresses();
}
