package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.partner.entity.PartnerSecret;
import tg.cnss.eservices.platform.control.Clocks;

/**
 * "Partenaires" (administration): register a client of the partner API, rotate its secret with an
 * overlap, revoke it. A new secret is shown once, on the page that made it, and never again.
 */
@Named
@ViewScoped
public class PartnerClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Inject
    PartnerClients clients;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private String name;
    private PartnerKind kind;
    private String bankCode;
    private PartnerScope[] scopes = new PartnerScope[0];
    private Integer callsPerMinute = 600;

    /** Per client: the overlap chosen for its next rotation, in hours. */
    private final Map<String, Long> overlapHours = new HashMap<>();

    private transient List<PartnerClient> all;
    private transient Map<String, List<PartnerSecret>> secrets;

    /** The secret just made, shown once. */
    private PartnerClients.NewSecret newSecret;

    @PostConstruct
    void load() {
        all = clients.all();
        secrets = clients.secrets();
        all.forEach(client -> overlapHours.putIfAbsent(
                client.getClientId(), Duration.ofDays(1).toHours()));
    }

    public void register() {
        try {
            newSecret = clients.register(
                    name,
                    kind,
                    bankCode,
                    scopes.length == 0 ? Set.of() : EnumSet.copyOf(List.of(scopes)),
                    callsPerMinute);
            name = null;
            kind = null;
            bankCode = null;
            scopes = new PartnerScope[0];
            callsPerMinute = 600;
            load();
            info("Partenaire « " + newSecret.clientName()
                    + " » enregistré. Copiez son secret maintenant : il ne sera plus affiché.");
        } catch (BusinessException refused) {
            error(refused.getMessage());
        }
    }

    public void rotate(String clientId) {
        try {
            newSecret = clients.rotate(clientId, Duration.ofHours(overlapHours.getOrDefault(clientId, 24L)));
            load();
            info("Nouveau secret pour « " + newSecret.clientName()
                    + " ». Copiez-le maintenant : il ne sera plus affiché.");
        } catch (BusinessException refused) {
            error(refused.getMessage());
        }
    }

    public void revoke(String clientId) {
        try {
            clients.revoke(clientId);
            newSecret = null;
            load();
            info("Partenaire révoqué : ses secrets et ses jetons sont refusés dès maintenant.");
        } catch (BusinessException refused) {
            error(refused.getMessage());
        }
    }

    public void forgetNewSecret() {
        newSecret = null;
    }

    private void info(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private void error(String message) {
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public List<PartnerClient> getClients() {
        if (all == null) {
            load();
        }
        return all;
    }

    public List<PartnerSecret> secretsOf(String clientId) {
        if (secrets == null) {
            load();
        }
        return secrets.getOrDefault(clientId, List.of());
    }

    /** A secret's state in words: en vigueur, valable jusqu'au …, expiré le …. */
    public String stateOf(PartnerSecret secret) {
        if (secret.getExpiresAt() == null) {
            return "en vigueur";
        }
        String when = WHEN.format(secret.getExpiresAt().atZone(Clocks.LOME));
        return secret.isValidAt(clock.instant()) ? "valable jusqu'au " + when : "expiré le " + when;
    }

    public String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(Clocks.LOME));
    }

    public String scopeLabels(PartnerClient client) {
        return String.join(
                ", ", client.getScopes().stream().map(PartnerScope::code).toList());
    }

    public PartnerKind[] getKinds() {
        return PartnerKind.values();
    }

    public PartnerScope[] getAllScopes() {
        return PartnerScope.values();
    }

    /** The overlaps offered, in hours, with their labels. */
    public Map<String, Long> getOverlaps() {
        Map<String, Long> offered = new java.util.LinkedHashMap<>();
        for (Duration overlap : PartnerClients.OVERLAPS) {
            long hours = overlap.toHours();
            offered.put(
                    hours == 0
                            ? "aucun (l'ancien secret cesse aussitôt)"
                            : hours < 24 ? hours + " heure" : hours / 24 + " jour(s)",
                    hours);
        }
        return offered;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** The CNSS accounts a bank client may keep. */
    public List<tg.cnss.eservices.reference.entity.CnssBankAccount> getBanks() {
        return clients.banks();
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }

    /** An array, not a list: JSF converts the checked values to the array's enum type. */
    public PartnerScope[] getScopes() {
        return scopes.clone();
    }

    public void setScopes(PartnerScope[] scopes) {
        this.scopes = scopes == null ? new PartnerScope[0] : scopes.clone();
    }

    public Integer getCallsPerMinute() {
        return callsPerMinute;
    }

    public void setCallsPerMinute(Integer callsPerMinute) {
        this.callsPerMinute = callsPerMinute;
    }

    public Map<String, Long> getOverlapHours() {
        return overlapHours;
    }

    public PartnerClients.NewSecret getNewSecret() {
        return newSecret;
    }
}
