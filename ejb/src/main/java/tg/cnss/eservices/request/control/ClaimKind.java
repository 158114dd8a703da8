package tg.cnss.eservices.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/** "Réclamation": a question or complaint, answered by Relations usagers; approval changes nothing else. */
@ApplicationScoped
public class ClaimKind implements RequestKind<ClaimKind.Claim> {

    /** The claim form: "Objet de la réclamation" and "Explication". */
    public record Claim(String object, String explanation) {}

    @Override
    public String code() {
        return "CLAIM";
    }

    @Override
    public String prefix() {
        return "RC";
    }

    @Override
    public String label() {
        return "Réclamation";
    }

    @Override
    public String pluralLabel() {
        return "Réclamations";
    }

    @Override
    public Class<Claim> payloadType() {
        return Claim.class;
    }

    @Override
    public List<FieldSection> sections(Claim claim) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Objet de la réclamation", claim.object());
        fields.put("Explication", claim.explanation());
        return List.of(new FieldSection("Réclamation", fields));
    }
}
