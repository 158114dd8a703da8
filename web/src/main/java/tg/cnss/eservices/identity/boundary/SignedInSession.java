package tg.cnss.eservices.identity.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tg.cnss.eservices.identity.entity.Role;

/**
 * What a session knew of its account when it was opened: the credentials version (raised by
 * every change that must end sessions), the role, and when. {@link SignedInPagesFilter} compares
 * them with the account at each page and ends the session when they no longer match or when
 * {@link #ABSOLUTE_LIFETIME} has passed, however active the session was.
 */
public record SignedInSession(long credentialsVersion, Role role, Instant signedInAt) implements Serializable {

    /** On top of the 15-minute idle timeout: a working day, then a new sign-in. */
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

    private static final String ATTRIBUTE = SignedInSession.class.getName();

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static Optional<SignedInSession> of(HttpSession session) {
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SignedInSession signedIn
                ? Optional.of(signedIn)
                : Optional.empty();
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(signedInAt.plus(ABSOLUTE_LIFETIME));
    }

    /**
     * After the session's own owner changed what closes sessions (a new second factor): the other
     * sessions end, this one carries on with the new version.
     */
    static void adopt(HttpSession session, long credentialsVersion) {
        of(session)
                .ifPresent(signedIn -> new SignedInSession(credentialsVersion, signedIn.role(), signedIn.signedInAt())
                        .keepIn(session));
    }
}
