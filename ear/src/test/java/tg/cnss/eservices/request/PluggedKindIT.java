package tg.cnss.eservices.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestKinds;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsInsured;
import tg.cnss.eservices.testing.acting.AsRelationsAgent;
import tg.cnss.eservices.testing.kind.StampKind;
import tg.cnss.eservices.testing.kind.StampRequests;
import tg.cnss.eservices.worklist.boundary.Routing;
import tg.cnss.eservices.worklist.boundary.WorkItemView;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * Kinds are plug-ins: a kind that exists only in this test deployment ({@link StampKind}, one
 * class and its entry point) goes from submission to approval and rejection through the real
 * queue and worklist, with its typed form, its warnings and its effects — and no line of the
 * {@code request} or {@code worklist} code knows it. Its routing is a row, as a migration would add.
 */
@ExtendWith(ArquillianExtension.class)
class PluggedKindIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTestsAndKind(
                new Class<?>[] {PluggedKindIT.class}, StampKind.class, StampKind.Stamp.class, StampRequests.class);
    }

    @Inject
    StampRequests stamps;

    @Inject
    Requests requests;

    @Inject
    Worklists worklists;

    @Inject
    RequestKinds kinds;

    @Inject
    Routing routing;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsInsured asInsured;

    @Inject
    AsRelationsAgent asAgent;

    @Inject
    AsAdmin asAdmin;

    /** The kind's routing row: what its migration would insert, here through the administrators' page's service. */
    @BeforeEach
    void routeTheKind() {
        asAdmin.call(() -> {
            routing.change(StampKind.CODE, "RELATIONS_USAGERS", 3);
            return null;
        });
    }

    /** Other deployments do not have the kind: its row goes with it. */
    @AfterEach
    void forgetTheRouting() {
        probe.apply(em -> em.createQuery("DELETE FROM RoutingRule r WHERE r.kind = :kind")
                .setParameter("kind", StampKind.CODE)
                .executeUpdate());
    }

    @Test
    void aKindDeployedOnlyInTestsIsRegisteredWithItsLabelAndTab() {
        assertEquals("Tampon d'essai", kinds.labelOf(StampKind.CODE));
        assertEquals(StampKind.CODE, kinds.byPrefix("ZT").orElseThrow().code());
        assertTrue(asAdmin.call(() -> routing.rules()).stream()
                .anyMatch(rule ->
                        rule.kind().equals(StampKind.CODE) && rule.kindLabel().equals("Tampon d'essai")));
    }

    @Test
    void aPluggedKindGoesFromSubmissionToApprovalThroughTheRealQueueAndWorklist() {
        String text = "Attestation " + UUID.randomUUID();
        RequestReceipt receipt = asInsured.call(() -> stamps.submit(text, 12));
        assertTrue(receipt.reference().matches("ZT-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Tampon d'essai", receipt.kindLabel());
        assertEquals("Relations usagers", receipt.departmentName());

        WorkItemView item = WorklistProbe.awaitItem(asAgent, worklists, receipt.reference());
        assertEquals("Tampon d'essai", item.kindLabel());
        assertTrue(
                item.dueAt().isBefore(item.receivedAt().plus(Duration.ofDays(3)).plusSeconds(1)),
                "le délai du routage (3 jours)");
        RequestDetail seenByAgent = asAgent.call(() -> worklists.detail(item.id()));
        assertEquals(text, seenByAgent.fields().get("Texte à tamponner"));
        assertEquals("12", seenByAgent.fields().get("Nombre d'exemplaires"));
        assertEquals("Tampon", seenByAgent.sections().get(0).title());
        assertEquals(List.of("Plus de dix exemplaires : 12"), seenByAgent.warnings());

        asAgent.call(() -> {
            worklists.take(item.id(), worklists.item(item.id()).revision());
            worklists.approve(item.id(), worklists.item(item.id()).revision(), "Bon pour accord.");
            return null;
        });

        RequestDetail seenByRequester = asInsured.call(() -> requests.detail(receipt.reference()));
        assertEquals(RequestStatus.APPROVED, seenByRequester.status());
        assertTrue(seenByRequester.warnings().isEmpty(), "les alertes sont pour le service seulement");
        String approval = seenByRequester
                .history()
                .get(seenByRequester.history().size() - 1)
                .message();
        assertEquals("Bon pour accord.\nTampon posé sur « " + text + " » en 12 exemplaires.", approval);
        assertEquals(1L, auditLines("tamponné " + receipt.reference()), "l'effet de l'acceptation, une fois");
        assertTrue(asInsured.call(() -> requests.mine()).stream()
                .anyMatch(line -> line.reference().equals(receipt.reference())
                        && line.kind().equals(StampKind.CODE)
                        && line.kindLabel().equals("Tampon d'essai")));
    }

    @Test
    void aPluggedKindsRejectionRunsItsEffect() {
        RequestReceipt receipt = asInsured.call(() -> stamps.submit("Refusable " + UUID.randomUUID(), 1));
        WorkItemView item = WorklistProbe.awaitItem(asAgent, worklists, receipt.reference());
        assertTrue(asAgent.call(() -> worklists.detail(item.id())).warnings().isEmpty());
        asAgent.call(() -> {
            worklists.take(item.id(), worklists.item(item.id()).revision());
            worklists.reject(
                    item.id(), worklists.item(item.id()).revision(), RejectionReason.values()[0], "Pas de tampon.");
            return null;
        });
        assertEquals(
                RequestStatus.REJECTED,
                asInsured.call(() -> requests.detail(receipt.reference())).status());
        assertEquals(1L, auditLines("tampon refusé " + receipt.reference()));
    }

    private long auditLines(String detail) {
        return probe.apply(
                em -> em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.detail = :detail", Long.class)
                        .setParameter("detail", detail)
                        .getSingleResult());
    }
}
