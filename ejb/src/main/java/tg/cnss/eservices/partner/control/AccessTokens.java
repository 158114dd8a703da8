package tg.cnss.eservices.partner.control;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.infinispan.Cache;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;

/**
 * The API's access tokens: JWTs signed RS256 by the portal (jose4j) and verified by WildFly's
 * MicroProfile JWT implementation, SmallRye JWT — signature, issuer, audience, expiry — used as a
 * library rather than as the deployment's authentication mechanism, which in WildFly replaces the
 * mechanism of the whole web module (the portal's own sign-in, Jakarta Security, lives there too).
 */
@ApplicationScoped
public class AccessTokens {

    public static final String ISSUER = "https://portail.cnss.tg";
    public static final String AUDIENCE = "cnss-api";
    /** Short-lived: a revoked client or a stolen token is good for five minutes at most. */
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    static final String USE_CLAIM = "cnss_use";
    static final String SCOPE_CLAIM = "scope";

    /** What a token is for: a partner client's calls, or a person's mobile application. */
    public enum Use {
        /** A partner client's token (client credentials): its subject is the client. */
        PARTNER,
        /** A mobile application's user: its subject is the device's session. */
        MOBILE,
        /** Between the password and the second factor of a mobile sign-in: its subject is the account. */
        MOBILE_STEP
    }

    /** A token whose signature, issuer, audience and dates were checked. */
    public record Verified(String subject, Use use, String scopes, String tokenId, Instant expiresAt)
            implements java.io.Serializable {}

    /** Why a token was refused: out of date, or not one of ours (forged, altered, malformed). */
    public enum Refusal {
        EXPIRED,
        INVALID
    }

    /** Either a verified token or why not. */
    public record Outcome(Verified token, Refusal refusal) {
        public Optional<Verified> verified() {
            return Optional.ofNullable(token);
        }
    }

    @Inject
    SigningKeys keys;

    /**
     * Tokens already verified, until they expire ({@code verified-tokens} cache, 65-caches.cli): a
     * partner sends the same token for five minutes, and its signature need not be checked again
     * on every call. A token is immutable; what may change — the client revoked, its scopes — is
     * checked on every call all the same ({@code PartnerAccess}).
     */
    @Resource(lookup = "java:jboss/infinispan/cache/cnss/verified-tokens")
    Cache<String, Verified> verified;

    private volatile DefaultJWTParser parser;

    public String issue(String subject, Use use, String scopes, Instant now) {
        return issue(subject, use, scopes, now, now.plus(LIFETIME));
    }

    /** A token valid until {@code expiresAt} (tests make expired ones with it). */
    public String issue(String subject, Use use, String scopes, Instant issuedAt, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setClaim(USE_CLAIM, use.name());
        claims.setClaim(SCOPE_CLAIM, scopes);
        SigningKeys.Pair pair = keys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(pair.privateKey());
        jws.setKeyIdHeaderValue(pair.keyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException impossible) {
            throw new IllegalStateException("Signature du jeton impossible", impossible);
        }
    }

    public Outcome verify(String token) {
        if (token == null || token.isBlank()) {
            return new Outcome(null, Refusal.INVALID);
        }
        Verified known = verified.get(token);
        // the system clock, as SmallRye JWT's own expiry check uses
        if (known != null) {
            return Instant.now().isBefore(known.expiresAt())
                    ? new Outcome(known, null)
                    : new Outcome(null, Refusal.EXPIRED);
        }
        Outcome outcome = parse(token);
        outcome.verified()
                .ifPresent(checked -> verified.put(
                        token,
                        checked,
                        Math.max(
                                1,
                                checked.expiresAt().getEpochSecond()
                                        - Instant.now().getEpochSecond()),
                        TimeUnit.SECONDS));
        return outcome;
    }

    private Outcome parse(String token) {
        try {
            JsonWebToken jwt = parser().parse(token);
            String use = jwt.getClaim(USE_CLAIM);
            Use kind = Use.valueOf(use);
            String scopes = jwt.getClaim(SCOPE_CLAIM);
            return new Outcome(
                    new Verified(
                            jwt.getSubject(),
                            kind,
                            scopes == null ? "" : scopes,
                            jwt.getTokenID(),
                            Instant.ofEpochSecond(jwt.getExpirationTime())),
                    null);
        } catch (ParseException refused) {
            return new Outcome(null, expired(refused) ? Refusal.EXPIRED : Refusal.INVALID);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException notOurs) {
            return new Outcome(null, Refusal.INVALID);
        }
    }

    private static boolean expired(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    private DefaultJWTParser parser() {
        DefaultJWTParser made = parser;
        if (made == null) {
            JWTAuthContextInfo context = new JWTAuthContextInfo(keys.current().publicKey(), ISSUER);
            context.setExpectedAudience(Set.of(AUDIENCE));
            context.setSignatureAlgorithm(SignatureAlgorithm.RS256);
            // our own servers issue and check: their clocks agree to the second (NTP)
            context.setExpGracePeriodSecs(0);
            context.setClockSkew(0);
            made = new DefaultJWTParser(context);
            parser = made;
        }
        return made;
    }
}
