package tg.cnss.eservices.testing.kind;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * A kind of request that exists only in the test deployment ({@code PluggedKindIT}): it proves
 * that a kind plugs in with one class, without any change to the {@code request} or
 * {@code worklist} code. Its effects are audit lines that the test reads back.
 */
@ApplicationScoped
public class StampKind implements RequestKind<StampKind.Stamp> {

    public static final String CODE = "TEST_STAMP";

    /** The typed payload: what to stamp, and how many copies. */
    public record Stamp(String text, int copies) {}

    @Inject
    AuditTrail audit;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String prefix() {
        return "ZT";
    }

    @Override
    public String label() {
        return "Tampon d'essai";
    }

    @Override
    public String pluralLabel() {
        return "Tampons d'essai";
    }

    @Override
    public Class<Stamp> payloadType() {
        return Stamp.class;
    }

    @Override
    public List<FieldSection> sections(Stamp stamp) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Texte à tamponner", stamp.text());
        fields.put("Nombre d'exemplaires", Integer.toString(stamp.copies()));
        return List.of(new FieldSection("Tampon", fields));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Stamp stamp) {
        return stamp.copies() > 10 ? List.of("Plus de dix exemplaires : " + stamp.copies()) : List.of();
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Stamp stamp, Instant at) {
        audit.record("tampon", null, AuditAction.AGENT_DECISION, "SUCCES", "tamponné " + request.getReference());
        return Optional.of("Tampon posé sur « " + stamp.text() + " » en " + stamp.copies() + " exemplaires.");
    }

    @Override
    public void onRejection(ServiceRequest request, Stamp stamp) {
        audit.record("tampon", null, AuditAction.AGENT_DECISION, "REFUSE", "tampon refusé " + request.getReference());
    }
}
