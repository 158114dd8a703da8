package tg.cnss.eservices.notification.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.Objects;
import java.util.UUID;
import tg.cnss.eservices.notification.entity.Channel;

/**
 * A message to send to one person on one channel, as it travels on the notification queue: plain
 * JSON text, never a serialized Java object.
 *
 * <p>Its {@code id} makes delivery idempotent: a message redelivered after its send succeeded is
 * not sent again. A notice carrying a secret (a reset link, a code) holds it apart from its text,
 * sealed with the portal's data key: the text has {@link #SECRET} where the secret goes, so that
 * neither the queue nor the table of sent messages ever holds the secret in clear; it is put back
 * only in the text handed to the mail server or the SMS gateway.
 */
public record Notice(
        String id, Channel channel, String recipient, String subject, String body, String link, String sealedSecret) {

    /** Where the secret goes in the text of a notice that carries one. */
    public static final String SECRET = "{secret}";
    /** What stands for the secret in every copy kept (table, support screens). */
    public static final String REDACTED = "•••";

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(body, "body");
        if (sealedSecret != null && !body.contains(SECRET)) {
            throw new IllegalArgumentException("Le texte d'un message à secret doit contenir " + SECRET);
        }
    }

    public Notice(Channel channel, String recipient, String subject, String body, String link) {
        this(UUID.randomUUID().toString(), channel, recipient, subject, body, link, null);
    }

    public Notice(Channel channel, String recipient, String subject, String body) {
        this(channel, recipient, subject, body, null);
    }

    /** A notice whose text holds a secret at {@link #SECRET}, sealed by the caller. */
    public static Notice withSecret(Channel channel, String recipient, String subject, String body, String sealed) {
        return new Notice(
                UUID.randomUUID().toString(), channel, recipient, subject, body, null, Objects.requireNonNull(sealed));
    }

    public boolean carriesSecret() {
        return sealedSecret != null;
    }

    /** The text to send, with the (unsealed) secret in its place. */
    public String text(String secret) {
        return carriesSecret() ? body.replace(SECRET, secret) : body;
    }

    /** The text as it may be kept and shown: the secret replaced by {@link #REDACTED}. */
    public String redacted() {
        return body.replace(SECRET, REDACTED);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", id)
                .add("channel", channel.name())
                .add("recipient", recipient)
                .add("body", body);
        if (subject != null) {
            json.add("subject", subject);
        }
        if (link != null) {
            json.add("link", link);
        }
        if (sealedSecret != null) {
            json.add("secret", sealedSecret);
        }
        return json.build().toString();
    }

    /** Reads a queue message; a malformed one throws, so that it ends in the dead-letter queue. */
    public static Notice fromJson(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            return new Notice(
                    json.getString("id"),
                    Channel.valueOf(json.getString("channel")),
                    json.getString("recipient"),
                    optional(json, "subject"),
                    json.getString("body"),
                    optional(json, "link"),
                    optional(json, "secret"));
        }
    }

    private static String optional(JsonObject json, String name) {
        JsonString value = json.getJsonString(name);
        return value == null ? null : value.getString();
    }
}
