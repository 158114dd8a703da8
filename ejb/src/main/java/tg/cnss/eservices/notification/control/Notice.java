package tg.cnss.eservices.notification.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Objects;
import tg.cnss.eservices.notification.entity.Channel;

/**
 * A message to send to one person on one channel, as it travels on the notification queue: plain
 * JSON text, never a serialized Java object.
 */
public record Notice(Channel channel, String recipient, String subject, String body, String link) {

    public Notice {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
    }

    public Notice(Channel channel, String recipient, String subject, String body) {
        this(channel, recipient, subject, body, null);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("channel", channel.name())
                .add("recipient", recipient)
                .add("body", body);
        if (subject != null) {
            json.add("subject", subject);
        }
        if (link != null) {
            json.add("link", link);
        }
        return json.build().toString();
    }

    /** Reads a queue message; a malformed one throws, so that it ends in the dead-letter queue. */
    public static Notice fromJson(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            JsonString subject = json.getJsonString("subject");
            JsonString link = json.getJsonString("link");
            return new Notice(
                    Channel.valueOf(json.getString("channel")),
                    json.getString("recipient"),
                    subject == null ? null : subject.getString(),
                    json.getString("body"),
                    link == null ? null : link.getString());
        }
    }
}
