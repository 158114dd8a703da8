package tg.cnss.eservices.request.spi;

/**
 * One way an agent may approve a request of a kind that offers several (link the worker to an
 * insured number already known, or give him a new one): {@code value} is handed back to the kind's
 * {@link RequestKind#onApproval(tg.cnss.eservices.request.entity.ServiceRequest, Object,
 * java.time.Instant, String)}, {@code label} is what the agent reads.
 */
public record ApprovalOption(String value, String label) {}
