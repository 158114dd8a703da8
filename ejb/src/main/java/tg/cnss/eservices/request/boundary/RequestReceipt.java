package tg.cnss.eservices.request.boundary;

import java.time.Instant;

/** What the requester sees once a request is confirmed: its reference and what happens next. */
public record RequestReceipt(
        String reference, String kindLabel, Instant submittedAt, String departmentName, int serviceLevelDays) {}
