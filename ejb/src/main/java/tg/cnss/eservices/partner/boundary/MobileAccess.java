package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import tg.cnss.eservices.identity.boundary.MobileSignIns;
import tg.cnss.eservices.identity.boundary.MobileSignIns.MobileUser;
import tg.cnss.eservices.identity.boundary.SecondStep;
import tg.cnss.eservices.partner.boundary.PartnerAccess.Answer;
import tg.cnss.eservices.partner.control.AccessTokens;
import tg.cnss.eservices.partner.control.CallRates;
import tg.cnss.eservices.platform.boundary.ProblemType;

/**
 * The mobile application's tokens: the portal's sign-in ({@link MobileSignIns}) turned into a
 * short access token naming the device's session — refused as soon as the session is closed — and
 * a refresh token; between the password and the second factor, a five-minute token for the step.
 */
@ApplicationScoped
public class MobileAccess {

    /** An access token's life: short, the refresh token brings the next. */
    public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(15);

    private static final BearerTokens.Refusals REFUSALS = new BearerTokens.Refusals(
            "En-tête Authorization: Bearer <jeton> requis : le jeton d'accès de la connexion.",
            "Jeton expiré : renouvelez-le avec le jeton de renouvellement.",
            "Jeton illisible, altéré ou d'un autre usage.");

    static final Duration STEP_LIFETIME = Duration.ofMinutes(5);

    /** A user's calls per minute: an application refreshing a screen, not a robot. */
    static final int CALLS_PER_MINUTE = 120;

    /**
     * A sign-in step's answer: the tokens ({@code etape} CONNECTE), or the second factor to give
     * ({@code etape} SECOND_FACTEUR, with the step's token and how the code comes).
     */
    public record Grant(
            String etape, String accessToken, long expiresIn, String refreshToken, String methode, String jetonEtape) {}

    @Inject
    MobileSignIns signIns;

    @Inject
    AccessTokens tokens;

    @Inject
    CallRates rates;

    @Inject
    Clock clock;

    public Answer<Grant> signIn(String identifier, String password, String device, String address) {
        return granted(signIns.signIn(identifier, password, device, address));
    }

    public Answer<Grant> secondStep(String stepToken, String code, String device, String address) {
        AccessTokens.Outcome step = tokens.verify(stepToken);
        if (step.verified().isEmpty() || step.token().use() != AccessTokens.Use.MOBILE_STEP) {
            return Answer.refused(ProblemType.SIGN_IN_REFUSED.with(
                    "Étape de connexion expirée ou inconnue : saisissez de nouveau votre identifiant et votre mot"
                            + " de passe."));
        }
        return granted(signIns.secondStep(
                step.token().subject(), Long.parseLong(step.token().scopes()), code, device, address));
    }

    public Answer<Grant> refresh(String refreshToken, String address) {
        return signIns.refresh(refreshToken, address)
                .map(opened -> Answer.of(tokensOf(opened)))
                .orElseGet(() -> Answer.refused(ProblemType.SIGN_IN_REFUSED.with(
                        "Session de l'application fermée ou expirée : connectez-vous de nouveau.")));
    }

    /** The user a call's {@code Authorization: Bearer} acts for, the session still open, within its rate. */
    public Answer<MobileUser> user(String authorization) {
        Answer<AccessTokens.Verified> verified =
                BearerTokens.verified(tokens, authorization, AccessTokens.Use.MOBILE, REFUSALS);
        if (verified.refused()) {
            return Answer.refused(verified.problem());
        }
        Optional<MobileUser> user = signIns.user(verified.value().subject());
        if (user.isEmpty()) {
            return Answer.refused(
                    ProblemType.SIGN_IN_REFUSED.with("Session de l'application fermée : connectez-vous de nouveau."));
        }
        OptionalLong wait = rates.take("mobile:" + user.get().sessionId(), CALLS_PER_MINUTE, clock.instant());
        if (wait.isPresent()) {
            return Answer.refused(ProblemType.RATE_LIMITED
                    .with("Trop d'appels : réessayez dans " + wait.getAsLong() + " s.")
                    .retryAfter(wait.getAsLong()));
        }
        return Answer.of(user.get());
    }

    private Answer<Grant> granted(MobileSignIns.Outcome outcome) {
        if (outcome.refused()) {
            return Answer.refused(ProblemType.SIGN_IN_REFUSED.with(outcome.refusal()));
        }
        if (outcome.opened() != null) {
            return Answer.of(tokensOf(outcome.opened()));
        }
        Instant now = clock.instant();
        String step = tokens.issue(
                outcome.email(),
                AccessTokens.Use.MOBILE_STEP,
                String.valueOf(outcome.credentialsVersion()),
                now,
                now.plus(STEP_LIFETIME));
        return Answer.of(new Grant(
                "SECOND_FACTEUR", null, 0, null, outcome.step() == SecondStep.SMS ? "SMS" : "APPLICATION", step));
    }

    private Grant tokensOf(MobileSignIns.Opened opened) {
        Instant now = clock.instant();
        return new Grant(
                "CONNECTE",
                tokens.issue(opened.sessionId(), AccessTokens.Use.MOBILE, "mobile", now, now.plus(ACCESS_LIFETIME)),
                ACCESS_LIFETIME.toSeconds(),
                opened.refreshToken(),
                null,
                null);
    }
}
