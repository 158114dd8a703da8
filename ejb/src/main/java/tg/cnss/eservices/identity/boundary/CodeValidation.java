package tg.cnss.eservices.identity.boundary;

import java.time.Instant;

/**
 * The "Validation" page of a sign-up: where the code went (masked), until when it is valid, and
 * whether the sign-up is still waiting for it.
 */
public record CodeValidation(
        String maskedPhone, String maskedEmail, Instant expiresAt, boolean awaitingCode, boolean done) {}
