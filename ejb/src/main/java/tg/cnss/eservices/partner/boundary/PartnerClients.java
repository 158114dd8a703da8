package tg.cnss.eservices.partner.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tg.cnss.eservices.partner.control.ClientDirectory;
import tg.cnss.eservices.partner.control.ClientSecrets;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.partner.entity.PartnerSecret;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.CnssBankAccount;

/**
 * "Partenaires" (administration): the clients of the partner API. A secret is shown once, when it
 * is made (registration, rotation), and then kept only hashed; a rotation lets the earlier secret
 * work for an overlap period so that the partner can deploy the new one without a break; a
 * revoked client gets no token and its tokens in flight are refused. Every change is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class PartnerClients {

    /** The overlaps an administrator may choose at a rotation. */
    public static final List<Duration> OVERLAPS =
            List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

    static final int MAX_CALLS_PER_MINUTE = 100_000;

    /** A secret just made: the only time it can be read. */
    public record NewSecret(String clientId, String clientName, String secret, String signingKey) {}

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    ClientDirectory directory;

    @Inject
    ReferenceData referenceData;

    @Inject
    Clock clock;

    public List<PartnerClient> all() {
        return em.createQuery("SELECT c FROM PartnerClient c ORDER BY c.revokedAt, c.name", PartnerClient.class)
                .getResultList();
    }

    /** Each client's secrets, newest first. */
    public Map<String, List<PartnerSecret>> secrets() {
        Map<String, List<PartnerSecret>> byClient = new LinkedHashMap<>();
        em.createQuery("SELECT s FROM PartnerSecret s ORDER BY s.createdAt DESC", PartnerSecret.class)
                .getResultList()
                .forEach(secret -> byClient.computeIfAbsent(secret.getClientId(), id -> new java.util.ArrayList<>())
                        .add(secret));
        return byClient;
    }

    /** The CNSS accounts a bank client may keep. */
    public List<CnssBankAccount> banks() {
        return referenceData.cnssBankAccounts();
    }

    /**
     * Registers a client; {@code bankCode}: for a bank, the CNSS account it keeps (its transfer
     * notifications are lines of that account's statement), ignored for the other kinds.
     */
    public NewSecret register(
            String name, PartnerKind kind, String bankCode, Set<PartnerScope> scopes, Integer callsPerMinute) {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanName.length() < 2 || cleanName.length() > 120) {
            errors.put("nom", "Nom du partenaire : de 2 à 120 caractères.");
        }
        if (kind == null) {
            errors.put("nature", "Choisissez la nature du partenaire.");
        }
        boolean bank = kind == PartnerKind.BANK;
        if (bank && banks().stream().noneMatch(account -> account.getCode().equals(bankCode))) {
            errors.put("banque", "Banque : choisissez le compte de la CNSS que tient ce partenaire.");
        }
        checkScopesAndRate(scopes, callsPerMinute, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        Instant now = clock.instant();
        PartnerClient client =
                new PartnerClient(ClientSecrets.newClientId(), cleanName, kind, scopes, callsPerMinute, now, caller());
        if (bank) {
            client.keepsAccountAt(bankCode);
        }
        em.persist(client);
        NewSecret secret = newSecretOf(client, now);
        record(client, "enregistré (" + client.getScopeCodes() + ", " + callsPerMinute + " appels/min)");
        return secret;
    }

    /** A new secret; the ones in force end after {@code overlap} (at once for zero). */
    public NewSecret rotate(String clientId, Duration overlap) {
        if (overlap == null || !OVERLAPS.contains(overlap)) {
            throw new InvalidFormException(Map.of("chevauchement", "Choisissez la durée de chevauchement proposée."));
        }
        PartnerClient client = active(clientId);
        Instant now = clock.instant();
        Instant end = now.plus(overlap);
        em
                .createQuery("SELECT s FROM PartnerSecret s WHERE s.clientId = :client", PartnerSecret.class)
                .setParameter("client", clientId)
                .getResultList()
                .stream()
                .filter(secret -> secret.isValidAt(now))
                .forEach(secret -> secret.endAt(end));
        NewSecret secret = newSecretOf(client, now);
        record(client, "nouveau secret, les précédents valables encore " + overlap.toHours() + " h");
        return secret;
    }

    public void revoke(String clientId) {
        PartnerClient client = active(clientId);
        Instant now = clock.instant();
        client.revoke(now, caller());
        em.createQuery("SELECT s FROM PartnerSecret s WHERE s.clientId = :client", PartnerSecret.class)
                .setParameter("client", clientId)
                .getResultList()
                .forEach(secret -> secret.endAt(now));
        directory.forgetAfterCompletion(clientId);
        record(client, "révoqué");
    }

    private static void checkScopesAndRate(
            Set<PartnerScope> scopes, Integer callsPerMinute, Map<String, String> errors) {
        if (scopes == null || scopes.isEmpty()) {
            errors.put("portees", "Cochez au moins une portée.");
        }
        if (callsPerMinute == null || callsPerMinute < 1 || callsPerMinute > MAX_CALLS_PER_MINUTE) {
            errors.put("limite", "Appels par minute : un nombre entier de 1 à 100 000.");
        }
    }

    private PartnerClient active(String clientId) {
        PartnerClient client = em.createQuery(
                        "SELECT c FROM PartnerClient c WHERE c.clientId = :client", PartnerClient.class)
                .setParameter("client", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidFormException(Map.of("client", "Partenaire inconnu.")));
        if (client.isRevoked()) {
            throw new InvalidFormException(
                    Map.of("client", "Ce partenaire est révoqué : rien ne peut plus y être changé."));
        }
        return client;
    }

    private NewSecret newSecretOf(PartnerClient client, Instant now) {
        String secret = ClientSecrets.newSecret();
        em.persist(new PartnerSecret(
                client.getClientId(),
                ClientSecrets.hashOf(secret),
                ClientSecrets.signingKeyOf(secret),
                ClientSecrets.hintOf(secret),
                now));
        return new NewSecret(client.getClientId(), client.getName(), secret, ClientSecrets.signingKeyOf(secret));
    }

    private void record(PartnerClient client, String what) {
        audit.record(
                caller(),
                null,
                AuditAction.PARTNER_CLIENT_CHANGED,
                "OK",
                "Partenaire « " + client.getName() + " » (" + client.getClientId() + ") " + what);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
