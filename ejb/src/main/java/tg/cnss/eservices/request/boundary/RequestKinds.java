package tg.cnss.eservices.request.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.Payloads;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * The kinds of request deployed: every {@link RequestKind} bean, found by code or prefix, and the
 * calls that read a request's stored form into its kind's payload before handing it over. The maps
 * are built once from the deployed beans and never change: nothing here is shared mutable state.
 */
@ApplicationScoped
public class RequestKinds {

    @Inject
    @Any
    Instance<RequestKind<?>> plugins;

    private Map<String, RequestKind<?>> byCode;
    private Map<String, RequestKind<?>> byPrefix;
    private List<RequestKind<?>> all;

    @PostConstruct
    void register() {
        Map<String, RequestKind<?>> codes = new HashMap<>();
        Map<String, RequestKind<?>> prefixes = new HashMap<>();
        for (RequestKind<?> kind : plugins) {
            // Two kinds sharing a code or a prefix would mix their requests: refuse to start.
            if (codes.putIfAbsent(kind.code(), kind) != null) {
                throw new IllegalStateException("Deux types de demande ont le code " + kind.code());
            }
            if (!kind.prefix().matches("[A-Z]{2}") || prefixes.putIfAbsent(kind.prefix(), kind) != null) {
                throw new IllegalStateException(
                        "Préfixe de référence invalide ou déjà pris : " + kind.prefix() + " (" + kind.code() + ")");
            }
        }
        Collator french = Collator.getInstance(Locale.FRENCH);
        byCode = Map.copyOf(codes);
        byPrefix = Map.copyOf(prefixes);
        all = codes.values().stream()
                .sorted(Comparator.comparing(RequestKind::label, french))
                .toList();
    }

    /** Every kind, in the alphabetical order of their labels. */
    public List<RequestKind<?>> all() {
        return all;
    }

    public Optional<RequestKind<?>> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<RequestKind<?>> byPrefix(String prefix) {
        return Optional.ofNullable(prefix == null ? null : byPrefix.get(prefix));
    }

    /**
     * The kind of a stored request; a request whose plug-in is no longer deployed is an error. This
     * class is the only reader of a request's kind (the architecture test holds it so): code that
     * needs a kind's behaviour asks its plug-in, never tests which kind it holds.
     */
    public RequestKind<?> of(ServiceRequest request) {
        return kindOf(request)
                .orElseThrow(() -> new IllegalStateException("Type de demande non déployé : " + request.getKind()));
    }

    /** The kind of a stored request, if its plug-in is deployed. */
    public Optional<RequestKind<?>> kindOf(ServiceRequest request) {
        return byCode(request.getKind());
    }

    /** The code of the request's kind, as lists filter on it. */
    public String codeOf(ServiceRequest request) {
        return request.getKind();
    }

    /** The label of a kind by its code, or the code itself for a kind no longer deployed (old rows). */
    public String labelOf(String code) {
        return byCode(code).map(RequestKind::label).orElse(code);
    }

    public String labelOf(ServiceRequest request) {
        return labelOf(request.getKind());
    }

    public List<FieldSection> sectionsOf(ServiceRequest request) {
        return sections(of(request), request.getPayload());
    }

    public List<String> warningsOf(ServiceRequest request) {
        return warnings(of(request), request);
    }

    /** The ways the agent may approve the request, if its kind offers a choice. */
    public List<tg.cnss.eservices.request.entity.RejectionReason> rejectionReasonsOf(ServiceRequest request) {
        return of(request).rejectionReasons();
    }

    public List<ApprovalOption> approvalOptionsOf(ServiceRequest request) {
        return approvalOptions(of(request), request);
    }

    /**
     * Runs the kind's effect of an approval, with the option the agent chose if the kind offers
     * some; returns what the requester must be told, if anything.
     */
    public Optional<String> approve(ServiceRequest request, Instant at, String option) {
        return approve(of(request), request, at, option);
    }

    public void reject(ServiceRequest request) {
        reject(of(request), request);
    }

    private static <P> List<FieldSection> sections(RequestKind<P> kind, String payload) {
        return kind.sections(Payloads.read(payload, kind.payloadType()));
    }

    private static <P> List<String> warnings(RequestKind<P> kind, ServiceRequest request) {
        return kind.warnings(request, Payloads.read(request.getPayload(), kind.payloadType()));
    }

    private static <P> List<ApprovalOption> approvalOptions(RequestKind<P> kind, ServiceRequest request) {
        return kind.approvalOptions(request, Payloads.read(request.getPayload(), kind.payloadType()));
    }

    private static <P> Optional<String> approve(
            RequestKind<P> kind, ServiceRequest request, Instant at, String option) {
        return kind.onApproval(request, Payloads.read(request.getPayload(), kind.payloadType()), at, option);
    }

    private static <P> void reject(RequestKind<P> kind, ServiceRequest request) {
        kind.onRejection(request, Payloads.read(request.getPayload(), kind.payloadType()));
    }
}
