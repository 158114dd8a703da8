package tg.cnss.eservices.partner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import tg.cnss.eservices.partner.boundary.PartnerAccess.Answer;
import tg.cnss.eservices.partner.boundary.PartnerAccess.PartnerCaller;
import tg.cnss.eservices.partner.control.AccessTokens;
import tg.cnss.eservices.partner.control.CallJournal;
import tg.cnss.eservices.partner.control.CallRates;
import tg.cnss.eservices.partner.control.ClientDirectory;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.platform.boundary.ProblemType;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.platform.entity.AuditEvent;

/**
 * Each call of the partner API: its token checked — ours and current, its client not revoked, the
 * scope in the token and still granted, the client within its calls per minute — and the call
 * audited. On every call, so kept light: a CDI bean reading caches (tokens already verified,
 * clients, counters), no transaction, no database in the common case.
 */
@ApplicationScoped
public class PartnerCalls {

    private static final BearerTokens.Refusals REFUSALS = new BearerTokens.Refusals(
            "En-tête Authorization: Bearer <jeton> requis ; le jeton s'obtient sur /api/v1/oauth/token.",
            "Jeton expiré : demandez-en un nouveau.",
            "Jeton illisible, altéré ou d'un autre émetteur.");

    @Inject
    AccessTokens tokens;

    @Inject
    CallRates rates;

    @Inject
    ClientDirectory directory;

    @Inject
    CallJournal journal;

    @Inject
    Clock clock;

    /** Checks a call's {@code Authorization} header for {@code scope}, and counts the call. */
    public Answer<PartnerCaller> authenticate(String authorization, PartnerScope scope) {
        Answer<AccessTokens.Verified> verified =
                BearerTokens.verified(tokens, authorization, AccessTokens.Use.PARTNER, REFUSALS);
        if (verified.refused()) {
            return Answer.refused(verified.problem());
        }
        AccessTokens.Verified token = verified.value();
        Optional<ClientDirectory.Client> client = directory.find(token.subject());
        if (client.isEmpty() || client.get().revoked()) {
            return Answer.refused(ProblemType.CLIENT_REVOKED.with("Ce client a été révoqué par la CNSS."));
        }
        if (!PartnerScope.split(token.scopes()).contains(scope)
                || !client.get().scopeSet().contains(scope)) {
            return Answer.refused(ProblemType.SCOPE_MISSING.with(
                    "Ce service demande la portée « " + scope.code() + " », absente du jeton ou non accordée."));
        }
        OptionalLong wait = rates.take(token.subject(), client.get().callsPerMinute(), clock.instant());
        if (wait.isPresent()) {
            return Answer.refused(ProblemType.RATE_LIMITED
                    .with("Limite de " + client.get().callsPerMinute() + " appels par minute atteinte : réessayez dans "
                            + wait.getAsLong() + " s.")
                    .retryAfter(wait.getAsLong()));
        }
        return Answer.of(new PartnerCaller(client.get().clientId(), client.get().name()));
    }

    /**
     * One line of the audit log per call: who, what, the status answered; never a token or a secret.
     * Written within the second ({@link CallJournal}), not in the call's time.
     */
    public void recordCall(String actor, String address, String endpoint, int status) {
        journal.add(new AuditEvent(
                clock.instant(), actor, address, AuditAction.PARTNER_CALL, String.valueOf(status), endpoint));
    }
}
