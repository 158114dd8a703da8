package tg.cnss.eservices.identity.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A sign-in whose password was right and whose second step is awaited, kept in the (not yet
 * signed-in) session for 10 minutes. For a staff member setting up an app, it also holds the new
 * key until a code proves the app has it.
 */
record PendingSignIn(String email, long credentialsVersion, SecondStep step, Instant startedAt, NewAppKey appKey)
        implements Serializable {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The pending sign-in of this session, if any and not expired. */
    static PendingSignIn of(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return null;
        }
        if (now.isAfter(pending.startedAt.plus(VALIDITY))) {
            session.removeAttribute(ATTRIBUTE);
            return null;
        }
        return pending;
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
