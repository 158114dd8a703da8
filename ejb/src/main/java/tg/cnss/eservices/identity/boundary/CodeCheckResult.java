package tg.cnss.eservices.identity.boundary;

/** What the applicant is told after typing a code or asking for a new one. */
public record CodeCheckResult(boolean accepted, String message) {}
