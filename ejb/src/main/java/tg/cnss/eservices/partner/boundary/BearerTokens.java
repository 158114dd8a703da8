package tg.cnss.eservices.partner.boundary;

import tg.cnss.eservices.partner.boundary.PartnerAccess.Answer;
import tg.cnss.eservices.partner.control.AccessTokens;
import tg.cnss.eservices.platform.boundary.ProblemType;

/**
 * A call's {@code Authorization: Bearer} token checked for one use (a partner's, a mobile user's):
 * absent, expired, or invalid — altered, of another issuer or of another use — each its problem,
 * in the caller's words.
 */
final class BearerTokens {

    /** What to tell the caller when the token is absent or expired, and when it is not one for this use. */
    record Refusals(String missing, String expired, String invalid) {}

    private BearerTokens() {}

    static Answer<AccessTokens.Verified> verified(
            AccessTokens tokens, String authorization, AccessTokens.Use use, Refusals say) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Answer.refused(ProblemType.UNAUTHENTICATED.with(say.missing()));
        }
        AccessTokens.Outcome outcome = tokens.verify(authorization.substring(7).strip());
        if (outcome.verified().isEmpty() || outcome.token().use() != use) {
            return outcome.refusal() == AccessTokens.Refusal.EXPIRED
                    ? Answer.refused(ProblemType.TOKEN_EXPIRED.with(say.expired()))
                    : Answer.refused(ProblemType.TOKEN_INVALID.with(say.invalid()));
        }
        return Answer.of(outcome.token());
    }
}
