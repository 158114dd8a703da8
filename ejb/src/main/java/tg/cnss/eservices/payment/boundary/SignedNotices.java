package tg.cnss.eservices.payment.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.function.Function;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.platform.entity.IdempotentResponse;

/**
 * What every notification of money received goes through before its own rules: its signature, and
 * its idempotency — the same {@code Idempotency-Key} and body get the same answer again (another
 * body under that key: 422). Answers below 500 are kept with the key, in the caller's transaction.
 */
@Dependent
class SignedNotices {

    private static final int KEY_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** {@code keySpace}: whose idempotency keys these are (the aggregator's, a partner's, per endpoint). */
    ApiAnswer answer(
            boolean signed, String keySpace, String idempotencyKey, String body, Function<String, ApiAnswer> settle) {
        if (!signed) {
            return ApiAnswer.error(
                    ProblemType.BAD_SIGNATURE,
                    "Signature absente ou invalide (en-tête " + NotificationSignature.HEADER + ").");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
            return ApiAnswer.error(
                    ProblemType.INVALID_REQUEST, "En-tête Idempotency-Key requis (1 à " + KEY_MAX + " caractères).");
        }
        String hash = NotificationSignature.hashOf(body);
        IdempotentResponse earlier =
                em.find(IdempotentResponse.class, IdempotentResponse.keyOf(keySpace, idempotencyKey));
        if (earlier != null) {
            return earlier.getBodyHash().equals(hash)
                    ? ApiAnswer.stored(earlier.getStatusCode(), earlier.getResponseBody())
                    : ApiAnswer.error(
                            ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "Idempotency-Key déjà utilisée pour une autre notification.");
        }
        ApiAnswer answer = settle.apply(body);
        if (answer.status() < 500) {
            em.persist(new IdempotentResponse(
                    IdempotentResponse.keyOf(keySpace, idempotencyKey),
                    hash,
                    answer.status(),
                    answer.json(),
                    clock.instant()));
        }
        return answer;
    }
}
