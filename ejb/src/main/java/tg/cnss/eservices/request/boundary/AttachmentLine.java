package tg.cnss.eservices.request.boundary;

import java.time.Instant;

/** A file joined to a request, as lists show it: name, type, size, and the step it came with. */
public record AttachmentLine(long id, String fileName, String typeLabel, long size, Instant uploadedAt, String step) {}
