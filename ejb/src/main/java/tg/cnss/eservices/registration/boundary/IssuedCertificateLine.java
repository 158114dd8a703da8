package tg.cnss.eservices.registration.boundary;

import java.time.Instant;

/** A certificate the employer was issued, as his page lists it. */
public record IssuedCertificateLine(String reference, Instant issuedAt, String state) {}
