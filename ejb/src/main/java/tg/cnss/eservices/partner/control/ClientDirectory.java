package tg.cnss.eservices.partner.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.infinispan.Cache;
import tg.cnss.eservices.partner.entity.PartnerClient;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.platform.control.AfterCompletion;

/**
 * The partner clients as each API call needs them — scopes, calls per minute, revoked or not —
 * kept in WildFly's Infinispan ({@code cnss} container, {@code partner-clients} cache, a minute):
 * a call need not read the database. A change by the administrator drops the client from the
 * cache once committed ({@link #forgetAfterCompletion}).
 */
@ApplicationScoped
public class ClientDirectory {

    /** A client as the API checks it. */
    public record Client(String clientId, String name, String scopes, int callsPerMinute, boolean revoked)
            implements Serializable {

        public Set<PartnerScope> scopeSet() {
            return PartnerScope.split(scopes);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/infinispan/cache/cnss/partner-clients")
    Cache<String, Client> cache;

    @Inject
    AfterCompletion afterCompletion;

    public Optional<Client> find(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        Client cached = cache.get(clientId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Client> loaded = em.createQuery(
                        "SELECT c FROM PartnerClient c WHERE c.clientId = :client", PartnerClient.class)
                .setParameter("client", clientId)
                .getResultStream()
                .findFirst()
                .map(client -> new Client(
                        client.getClientId(),
                        client.getName(),
                        client.getScopeCodes(),
                        client.getCallsPerMinute(),
                        client.isRevoked()));
        loaded.ifPresent(client -> cache.put(clientId, client));
        return loaded;
    }

    public void forgetAfterCompletion(String clientId) {
        afterCompletion.run(() -> cache.remove(clientId));
    }
}
