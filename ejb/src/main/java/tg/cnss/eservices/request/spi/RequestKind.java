package tg.cnss.eservices.request.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * One kind of request, plugged into the common life of requests (reference, routing, worklist,
 * history, notices). Each kind is one CDI bean, in the context that owns its business; the
 * {@code request} and {@code worklist} contexts know kinds only through this interface and never
 * test which kind they hold. Which department processes a kind, and in how many days, is data: a
 * row of the routing table, added by the kind's migration.
 *
 * @param <P> the kind's form as stored: a record, written and read with JSON-B ({@link Payloads})
 */
public interface RequestKind<P> {

    /** The code stored with each request and in the routing table (e.g. {@code CLAIM}); never changes. */
    String code();

    /** The two capitals of the kind's references ({@code RC} in RC-2026-000042); never changes. */
    String prefix();

    /** The kind as people name it, e.g. "Réclamation". */
    String label();

    /** The title of the kind's tab in "Historique des activités", e.g. "Réclamations". */
    String pluralLabel();

    /** The record its form is stored as. */
    Class<P> payloadType();

    /**
     * The form as people read it — the manual's labels in its order, dates JJ/MM/AAAA — in sections:
     * for the requester's and the agent's detail pages, the preview and the PDF summary.
     */
    List<FieldSection> sections(P payload);

    /** What the agent must see before deciding (possible duplicates, late filing…). */
    default List<String> warnings(ServiceRequest request, P payload) {
        return List.of();
    }

    /**
     * The effect of an approval (register, activate, issue…), in the agent's transaction: if it
     * throws, nothing is approved. Returns what the requester must be told, if anything.
     */
    default Optional<String> onApproval(ServiceRequest request, P payload, Instant at) {
        return Optional.empty();
    }

    /**
     * The ways the agent may approve, when there is a choice to make (which insured number…); none
     * for most kinds. When some are offered, the agent must pick one, handed to
     * {@link #onApproval(ServiceRequest, Object, Instant, String)}.
     */
    default List<ApprovalOption> approvalOptions(ServiceRequest request, P payload) {
        return List.of();
    }

    /**
     * The effect of an approval with the option the agent chose ({@code null} when the kind offers
     * none). Kinds with {@link #approvalOptions} override this one; it throws
     * {@link IllegalArgumentException}, with a message for the agent, when the option is missing
     * or no longer valid.
     */
    default Optional<String> onApproval(ServiceRequest request, P payload, Instant at, String option) {
        return onApproval(request, payload, at);
    }

    /** The coded reasons an agent may reject this kind for (the general ones unless the kind has its own). */
    default List<RejectionReason> rejectionReasons() {
        return RejectionReason.GENERAL;
    }

    /** The effect of a rejection, in the agent's transaction. */
    default void onRejection(ServiceRequest request, P payload) {
        // most kinds change nothing when refused
    }
}
