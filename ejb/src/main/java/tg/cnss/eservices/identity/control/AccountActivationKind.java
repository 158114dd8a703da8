package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Activation de compte en ligne": an account made by sign-up waits for the Immatriculation
 * department, which checks it against the registry; approval activates it, rejection refuses it,
 * and the applicant is told how to go on.
 */
@ApplicationScoped
public class AccountActivationKind implements RequestKind<AccountActivationKind.Activation> {

    /**
     * What the sign-up proved and typed, as the agent reads it (one line per label of the sign-up
     * form), and what the agent must check before activating (e.g. no current employer to compare).
     */
    public record Activation(List<Line> lines, List<String> warnings) {

        public Activation {
            lines = lines == null ? List.of() : List.copyOf(lines);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    public record Line(String label, String value) {}

    @Inject
    AccountRepository accounts;

    @Override
    public String code() {
        return "ACCOUNT_ACTIVATION";
    }

    @Override
    public String prefix() {
        return "AC";
    }

    @Override
    public String label() {
        return "Activation de compte en ligne";
    }

    @Override
    public String pluralLabel() {
        return "Activations de compte";
    }

    @Override
    public Class<Activation> payloadType() {
        return Activation.class;
    }

    @Override
    public List<FieldSection> sections(Activation activation) {
        Map<String, String> fields = new LinkedHashMap<>();
        activation.lines().forEach(line -> fields.put(line.label(), line.value()));
        return List.of(new FieldSection("Inscription", fields));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Activation activation) {
        return activation.warnings();
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Activation activation, Instant at) {
        accountOf(request).activate();
        return Optional.of("Votre compte est activé : connectez-vous sur la page d'accueil des services en ligne avec"
                + " votre adresse e-mail (" + request.getRequesterEmail() + ") et votre mot de passe.");
    }

    @Override
    public void onRejection(ServiceRequest request, Activation activation) {
        accountOf(request).refuseActivation();
    }

    private UserAccount accountOf(ServiceRequest request) {
        return accounts.findById(request.getRequesterAccountId())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable : " + request.getReference()));
    }
}
