package tg.cnss.eservices.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.request.boundary.ClaimForm;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.boundary.UnknownRequestException;
import tg.cnss.eservices.request.control.RoutedRequest;
import tg.cnss.eservices.request.entity.IllegalRequestTransitionException;
import tg.cnss.eservices.request.entity.RejectionReason;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.testing.DemoAccounts;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.PortalHttpClient;
import tg.cnss.eservices.testing.QueueProbe;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsInsured;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;
import tg.cnss.eservices.testing.acting.AsRelationsAgent;
import tg.cnss.eservices.testing.acting.AsSupervisor;
import tg.cnss.eservices.worklist.boundary.ChangedMeanwhileException;
import tg.cnss.eservices.worklist.boundary.DeadLetter;
import tg.cnss.eservices.worklist.boundary.DeadLetters;
import tg.cnss.eservices.worklist.boundary.InvalidRoutingException;
import tg.cnss.eservices.worklist.boundary.Revision;
import tg.cnss.eservices.worklist.boundary.Routing;
import tg.cnss.eservices.worklist.boundary.UnknownWorkItemException;
import tg.cnss.eservices.worklist.boundary.WorkItemView;
import tg.cnss.eservices.worklist.boundary.WorklistPage;
import tg.cnss.eservices.worklist.boundary.WorklistQuery;
import tg.cnss.eservices.worklist.boundary.Worklists;
import tg.cnss.eservices.worklist.entity.Department;

/**
 * The request backbone inside the real server and broker: a claim and its message commit
 * together and reach the Relations usagers worklist; the consumer is idempotent; a poisoned
 * message is dead-lettered after its attempts and replayed after a fix; decisions go back to
 * the requester; departments and requesters only see their own.
 */
@ExtendWith(ArquillianExtension.class)
class RequestBackboneIT {

    private static final Duration JMS_TIMEOUT = Duration.ofSeconds(30);
    private static final String RELATIONS_QUEUE = "cnss.relations-usagers";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(RequestBackboneIT.class, PortalHttpClient.class, DemoAccounts.class);
    }

    @Inject
    Requests requests;

    @Inject
    Worklists worklists;

    @Inject
    DeadLetters deadLetters;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    QueueProbe queues;

    @Inject
    UserTransaction transaction;

    @Inject
    AsInsured asInsured;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsRelationsAgent asAgent;

    @Inject
    AsRecouvrementAgent asOtherDepartment;

    @Inject
    AsSupervisor asSupervisor;

    @Inject
    AsAdmin asAdmin;

    @Inject
    Routing routing;

    /** Bean Validation on the form record: French messages by field, and nothing filed. */
    @Test
    void anInvalidClaimIsRefusedFieldByFieldInFrench() {
        int before = asInsured.call(() -> requests.mine()).size();
        InvalidFormException refused = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> requests.submitClaim(new ClaimForm("  ", "x".repeat(4001)))));
        assertEquals(
                java.util.Map.of(
                        "object", "Indiquez l'objet de votre réclamation.",
                        "explanation", "L'explication tient en 4 000 caractères au plus."),
                refused.errors());
        InvalidFormException tooLong = assertThrows(
                InvalidFormException.class,
                () -> asInsured.call(() -> requests.submitClaim(new ClaimForm("o".repeat(201), "Bien expliqué."))));
        assertEquals(
                "L'objet tient en 200 caractères au plus.", tooLong.errors().get("object"));
        assertEquals(before, asInsured.call(() -> requests.mine()).size(), "aucune demande déposée");
    }

    @Test
    void aClaimAndItsMessageReachTheRelationsUsagersWorklist() {
        String object = unique("Cotisations non reportées");
        long openBefore = asInsured.call(() -> requests.openCount());
        RequestReceipt receipt =
                asInsured.call(() -> requests.submitClaim(new ClaimForm(object, "Mes cotisations de 2025 manquent.")));
        assertEquals(openBefore + 1, asInsured.call(() -> requests.openCount()), "one more in progress");
        assertEquals(
                asInsured.call(() -> requests.mine()).stream()
                        .filter(summary -> !summary.status().isFinal())
                        .count(),
                asInsured.call(() -> requests.openCount()));
        assertTrue(receipt.reference().matches("RC-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Relations usagers", receipt.departmentName());

        WorkItemView item = awaitItem(receipt.reference());
        assertEquals(RequestStatus.ROUTED, item.status());
        assertTrue(item.dueAt().isAfter(item.receivedAt().plus(Duration.ofDays(14))), "délai de 15 jours");

        RequestDetail detail = asInsured.call(() -> requests.detail(receipt.reference()));
        assertEquals(
                List.of("Demande soumise", "Transmise au service compétent"),
                detail.history().stream().map(line -> line.what()).toList());
        assertEquals(object, detail.fields().get("Objet de la réclamation"));
        Eventually.await(
                "les e-mails à l'assuré",
                JMS_TIMEOUT,
                () -> demoMailbox.latestTo("assure@demo.cnss.tg", 50).stream()
                        .filter(mail -> mail.getSubject().startsWith(receipt.reference()))
                        .count(),
                count -> count == 2);
    }

    @Test
    void theSameMessageTwiceMakesOneWorkItem() {
        RequestReceipt receipt =
                asInsured.call(() -> requests.submitClaim(new ClaimForm(unique("Doublon"), "Test d'idempotence")));
        WorkItemView item = awaitItem(receipt.reference());
        long requestId = requestIdOf(receipt.reference());
        String message = new RoutedRequest(requestId, "CLAIM", receipt.reference()).toJson();

        queues.send(RELATIONS_QUEUE, message);
        worklists.receive(RoutedRequest.fromJson(message));
        Eventually.await("la file vidée", JMS_TIMEOUT, () -> queues.depth(RELATIONS_QUEUE), depth -> depth == 0);

        long items =
                probe.apply(em -> em.createQuery("SELECT COUNT(w) FROM WorkItem w WHERE w.request.id = :id", Long.class)
                        .setParameter("id", requestId)
                        .getSingleResult());
        assertEquals(1, items);
        assertEquals(item.id(), awaitItem(receipt.reference()).id());
    }

    @Test
    void aPoisonedMessageIsDeadLetteredAfterItsAttemptsAndReplayedAfterTheFix() {
        long missingId = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String reference =
                String.format("RC-2099-%06d", ThreadLocalRandom.current().nextInt(1, 999_999));
        String body = new RoutedRequest(missingId, "CLAIM", reference).toJson();
        long sentAt = System.nanoTime();
        queues.send(RELATIONS_QUEUE, body);

        DeadLetter letter = Eventually.await(
                        "le message en lettre morte",
                        JMS_TIMEOUT,
                        () -> asSupervisor.call(() -> deadLetters.list()).stream()
                                .filter(l -> l.body().equals(body))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - sentAt);
        assertEquals(RELATIONS_QUEUE, letter.originalQueue());
        // Tests run with a 300 ms first delay (arquillian.xml), doubled at each attempt: five attempts
        // cannot end before 300 + 600 + 1200 + 2400 ms. An earlier dead letter means fewer attempts.
        assertTrue(
                elapsed.toMillis() >= 4_400,
                "dead-lettered after " + elapsed.toMillis() + " ms: fewer than 5 attempts");

        // The fix: the request the message names now exists.
        probe.apply(em -> em.createNativeQuery("INSERT INTO service_request (id, reference, kind, requester_email,"
                        + " requester_name, status, summary, payload, department_code, submitted_at, version)"
                        + " VALUES (?, ?, 'CLAIM', 'assure@demo.cnss.tg', 'Kossi AMEGAN', 'SUBMITTED', 'Réparée', '{}',"
                        + " 'RELATIONS_USAGERS', ?, 1)")
                .setParameter(1, missingId)
                .setParameter(2, reference)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate());
        assertTrue(asSupervisor.call(() -> deadLetters.replay(letter.messageId())));

        awaitItem(reference);
        assertTrue(
                asSupervisor.call(() -> deadLetters.list()).stream()
                        .noneMatch(l -> l.body().equals(body)),
                "le message a quitté la file des lettres mortes");
    }

    /**
     * Security review, finding 2: a supervisor sees and replays only his department's dead letters;
     * an administrator sees all, and a notification without its body (it may carry a reset link).
     */
    @Test
    void deadLettersAreScopedToTheSupervisorsDepartmentAndNotificationsKeepTheirTextHidden() {
        String recouvrement = new RoutedRequest(
                        9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L),
                        "CLAIM",
                        String.format(
                                "RC-2098-%06d", ThreadLocalRandom.current().nextInt(1, 999_999)))
                .toJson();
        String secret = "jeton=" + unique("SECRET").replace(' ', '-');
        String recipient = unique("pigeon").replace(' ', '.') + "@exemple.tg";
        // A channel that does not exist: the notice fails every attempt and is dead-lettered.
        String notice = "{\"channel\":\"PIGEON\",\"recipient\":\"" + recipient
                + "\",\"subject\":\"Réinitialisation\",\"body\":\"https://cnss.tg/nouveau-mot-de-passe.xhtml?"
                + secret + "\"}";
        queues.send("cnss.recouvrement", recouvrement);
        queues.send("cnss.notifications", notice);

        List<DeadLetter> all = Eventually.await(
                "les deux messages en lettres mortes (vus par l'administrateur)",
                JMS_TIMEOUT,
                () -> asAdmin.call(() -> deadLetters.list()),
                letters -> letters.stream().anyMatch(l -> recouvrement.equals(l.body()))
                        && letters.stream().anyMatch(l -> recipient.equals(l.recipient())));
        DeadLetter otherDepartment = all.stream()
                .filter(l -> recouvrement.equals(l.body()))
                .findFirst()
                .orElseThrow();
        DeadLetter notification = all.stream()
                .filter(l -> recipient.equals(l.recipient()))
                .findFirst()
                .orElseThrow();
        assertEquals("cnss.notifications", notification.originalQueue());
        assertEquals("PIGEON", notification.channel());
        assertEquals("Réinitialisation", notification.subject());
        assertEquals(null, notification.body(), "jamais le texte d'une notification");
        assertFalse(notification.toString().contains(secret));

        List<DeadLetter> supervisors = asSupervisor.call(() -> deadLetters.list());
        assertTrue(
                supervisors.stream().allMatch(l -> RELATIONS_QUEUE.equals(l.originalQueue())),
                "le superviseur des Relations usagers ne voit que sa file");
        assertFalse(asSupervisor.call(() -> deadLetters.replay(otherDepartment.messageId())));
        assertFalse(asSupervisor.call(() -> deadLetters.replay(notification.messageId())));
        assertTrue(
                asAdmin.call(() -> deadLetters.list()).stream()
                        .anyMatch(l -> l.messageId().equals(otherDepartment.messageId())),
                "un rejeu refusé laisse le message en place");

        PortalHttpClient supervisorPage = new PortalHttpClient(URI.create("http://127.0.0.1:8080/"));
        supervisorPage.signIn("superviseur@demo.cnss.tg", DemoAccounts.PASSWORD);
        String page =
                supervisorPage.get("/agent/supervision/lettres-mortes.xhtml").body();
        assertTrue(page.contains("Messages en échec"), "la page s'affiche");
        assertFalse(page.contains(otherDepartment.messageId()), "rien d'un autre département");
        assertFalse(page.contains(recipient), "aucune notification");
        PortalHttpClient adminPage = new PortalHttpClient(URI.create("http://127.0.0.1:8080/"));
        adminPage.signIn("admin@demo.cnss.tg", DemoAccounts.PASSWORD);
        String everything = adminPage.get("/admin/lettres-mortes.xhtml").body();
        assertTrue(everything.contains(recipient), "l'administrateur voit le destinataire");
        assertFalse(everything.contains(secret), "mais pas le lien");
    }

    /** Security review, low findings: four eyes — an agent cannot take a request he filed himself. */
    @Test
    void anAgentCannotTakeARequestOfHisOwn() {
        long id = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String reference =
                String.format("RC-2097-%06d", ThreadLocalRandom.current().nextInt(1, 999_999));
        probe.apply(em -> em.createNativeQuery("INSERT INTO service_request (id, reference, kind, requester_email,"
                        + " requester_account_id, requester_name, status, summary, payload, department_code,"
                        + " submitted_at, version) VALUES (?, ?, 'CLAIM', 'agent.relations@demo.cnss.tg', (SELECT a.id"
                        + " FROM user_account a WHERE a.email = 'agent.relations@demo.cnss.tg'), 'Essi LAWSON',"
                        + " 'SUBMITTED', 'La mienne', '{}', 'RELATIONS_USAGERS', ?, 1)")
                .setParameter(1, id)
                .setParameter(2, reference)
                .setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate());
        queues.send(RELATIONS_QUEUE, new RoutedRequest(id, "CLAIM", reference).toJson());
        long itemId = awaitItem(reference).id();
        IllegalRequestTransitionException refused = assertThrows(
                IllegalRequestTransitionException.class,
                () -> asAgent.call(() -> {
                    worklists.take(itemId, worklists.item(itemId).revision());
                    return null;
                }));
        assertTrue(refused.getMessage().contains("principe des quatre yeux"), refused.getMessage());
    }

    @Test
    void aRequestAndItsMessageRollBackTogether() throws Exception {
        String object = unique("Annulée");
        transaction.begin();
        asInsured.call(() -> requests.submitClaim(new ClaimForm(object, "Cette demande ne doit laisser aucune trace")));
        transaction.rollback();

        Thread.sleep(3_000); // long enough for a message that had escaped to be consumed
        long rows = probe.apply(
                em -> em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.summary = :s", Long.class)
                        .setParameter("s", object)
                        .getSingleResult());
        assertEquals(0, rows);
        assertEquals(0, queues.depth(RELATIONS_QUEUE));
        assertTrue(asSupervisor.call(() -> deadLetters.list()).stream()
                .noneMatch(l -> l.body().contains(object)));
    }

    @Test
    void decisionsGoBackToTheRequesterInOrder() {
        RequestReceipt receipt =
                asInsured.call(() -> requests.submitClaim(new ClaimForm(unique("Décision"), "Merci de vérifier")));
        long itemId = awaitItem(receipt.reference()).id();

        assertThrows(
                IllegalRequestTransitionException.class,
                () -> asAgent.call(() -> {
                    worklists.approve(itemId, worklists.item(itemId).revision(), "trop tôt");
                    return null;
                }));
        asAgent.call(() -> {
            worklists.take(itemId, worklists.item(itemId).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.requestInformation(
                    itemId, worklists.item(itemId).revision(), "Joignez votre dernier bulletin de paie.");
            return null;
        });
        assertEquals(
                RequestStatus.INFO_REQUESTED,
                asInsured.call(() -> requests.detail(receipt.reference())).status());
        asInsured.call(() -> {
            requests.answer(receipt.reference(), "Voici les informations demandées.", List.of());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(itemId, worklists.item(itemId).revision(), "Vos cotisations ont été rectifiées.");
            return null;
        });

        RequestDetail detail = asInsured.call(() -> requests.detail(receipt.reference()));
        assertEquals(RequestStatus.APPROVED, detail.status());
        assertEquals(
                List.of(
                        "Demande soumise",
                        "Transmise au service compétent",
                        "Prise en charge par un agent",
                        "Complément d'information demandé",
                        "Complément fourni",
                        "Demande acceptée"),
                detail.history().stream().map(line -> line.what()).toList());
        assertEquals(
                "Joignez votre dernier bulletin de paie.",
                detail.history().get(3).message());
    }

    @Test
    void aDecisionMadeOnAStalePageIsRefusedAsChangedMeanwhile() {
        RequestReceipt receipt = asInsured.call(
                () -> requests.submitClaim(new ClaimForm(unique("Entre-temps"), "Deux onglets ouverts")));
        long itemId = awaitItem(receipt.reference()).id();
        Revision routed = asAgent.call(() -> worklists.item(itemId).revision());
        asAgent.call(() -> {
            worklists.take(itemId, routed);
            return null;
        });

        // The same page, still showing the unassigned item, tries to take it again, then to decide.
        ChangedMeanwhileException twice = assertThrows(
                ChangedMeanwhileException.class,
                () -> asAgent.call(() -> {
                    worklists.take(itemId, routed);
                    return null;
                }));
        assertTrue(twice.getMessage().contains("modifiée entre-temps"), twice.getMessage());
        assertThrows(
                ChangedMeanwhileException.class,
                () -> asAgent.call(() -> {
                    worklists.approve(itemId, routed, "sur une page périmée");
                    return null;
                }));

        // The requester's answer also changes what the agent has to decide on.
        Revision asking = asAgent.call(() -> worklists.item(itemId).revision());
        asAgent.call(() -> {
            worklists.requestInformation(itemId, asking, "Précisez le mois.");
            return null;
        });
        Revision waiting = asAgent.call(() -> worklists.item(itemId).revision());
        asInsured.call(() -> {
            requests.answer(receipt.reference(), "Décembre 2025.", List.of());
            return null;
        });
        assertThrows(
                ChangedMeanwhileException.class,
                () -> asAgent.call(() -> {
                    worklists.reject(itemId, waiting, RejectionReason.UNFOUNDED, "sans avoir lu la réponse");
                    return null;
                }));
        asAgent.call(() -> {
            worklists.approve(itemId, worklists.item(itemId).revision(), "Vu votre réponse.");
            return null;
        });
        assertEquals(
                RequestStatus.APPROVED,
                asInsured.call(() -> requests.detail(receipt.reference())).status());
        assertEquals(
                1,
                asInsured.call(() -> requests.detail(receipt.reference())).history().stream()
                        .filter(line -> line.what().equals("Prise en charge par un agent"))
                        .count(),
                "prise en charge une seule fois");
    }

    @Test
    void aRejectionCarriesItsCodedReason() {
        RequestReceipt receipt =
                asInsured.call(() -> requests.submitClaim(new ClaimForm(unique("Rejet"), "À rejeter")));
        long itemId = awaitItem(receipt.reference()).id();
        asAgent.call(() -> {
            worklists.take(itemId, worklists.item(itemId).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.reject(
                    itemId,
                    worklists.item(itemId).revision(),
                    RejectionReason.UNFOUNDED,
                    "Les cotisations sont à jour.");
            return null;
        });
        RequestDetail detail = asInsured.call(() -> requests.detail(receipt.reference()));
        assertEquals(RequestStatus.REJECTED, detail.status());
        assertEquals(
                "Réclamation non fondée — Les cotisations sont à jour.",
                detail.history().get(detail.history().size() - 1).message());
    }

    @Test
    void othersSeeNothing() {
        RequestReceipt receipt =
                asInsured.call(() -> requests.submitClaim(new ClaimForm(unique("Privée"), "Personne d'autre")));
        long itemId = awaitItem(receipt.reference()).id();
        assertThrows(UnknownRequestException.class, () -> asEmployer.call(() -> requests.detail(receipt.reference())));
        assertThrows(
                UnknownRequestException.class,
                () -> asEmployer.call(() -> {
                    requests.answer(receipt.reference(), "intrus", List.of());
                    return null;
                }));
        assertThrows(UnknownWorkItemException.class, () -> asOtherDepartment.call(() -> worklists.detail(itemId)));
        assertThrows(
                UnknownWorkItemException.class,
                () -> asOtherDepartment.call(() -> {
                    worklists.take(itemId, worklists.item(itemId).revision());
                    return null;
                }));
        assertTrue(asEmployer.call(() -> requests.mine()).stream()
                .noneMatch(s -> s.reference().equals(receipt.reference())));
    }

    @Test
    void theWorklistFiltersAndSortsInTheDatabase() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        RequestReceipt first = asInsured.call(() -> requests.submitClaim(new ClaimForm("Filtre A " + marker, "a")));
        RequestReceipt second = asInsured.call(() -> requests.submitClaim(new ClaimForm("Filtre B " + marker, "b")));
        awaitItem(first.reference());
        awaitItem(second.reference());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);

        WorklistPage newestFirst = asAgent.call(() -> worklists.page(
                new WorklistQuery("CLAIM", RequestStatus.ROUTED, today, today, "Kossi", "receivedAt", false, 0, 2)));
        assertEquals(second.reference(), newestFirst.rows().get(0).reference(), "le plus récent d'abord");
        assertTrue(newestFirst.total() >= 2);

        long yesterdayOnly = asAgent.call(() -> worklists.count(
                new WorklistQuery(null, null, null, today.minusDays(1), first.reference(), null, true, 0, 10)));
        assertEquals(0, yesterdayOnly, "reçue aujourd'hui, donc absente d'un filtre « jusqu'à hier »");
        long approvedOnly = asAgent.call(() -> worklists.count(
                new WorklistQuery(null, RequestStatus.APPROVED, null, null, first.reference(), null, true, 0, 10)));
        assertEquals(0, approvedOnly);
        long byEmail = asAgent.call(
                () -> worklists.count(new WorklistQuery(null, null, null, null, "ASSURE@DEMO", null, true, 0, 10)));
        assertTrue(byEmail >= 2, "recherche du demandeur sans tenir compte de la casse");
        long likeWildcardsAreLiteral = asAgent.call(
                () -> worklists.count(new WorklistQuery(null, null, null, null, "%_%", null, true, 0, 10)));
        assertEquals(0, likeWildcardsAreLiteral, "% et _ saisis ne sont pas des jokers");

        // "Next page" newest first reads on from the last row shown (keyset): the same rows as by offset.
        WorklistQuery firstPage = new WorklistQuery(null, null, null, null, null, "receivedAt", false, 0, 3);
        WorklistQuery secondPage = new WorklistQuery(null, null, null, null, null, "receivedAt", false, 3, 3);
        List<tg.cnss.eservices.worklist.boundary.WorkItemView> shown = asAgent.call(() -> worklists.rows(firstPage));
        var last = shown.get(shown.size() - 1);
        assertEquals(
                asAgent.call(() -> worklists.rows(secondPage)).stream()
                        .map(row -> row.id())
                        .toList(),
                asAgent.call(() -> worklists.rowsAfter(secondPage, last.receivedAt(), last.id())).stream()
                        .map(row -> row.id())
                        .toList());
    }

    @Test
    void theCountersByStatusFollowEveryChangeAndMatchTheRequests() {
        RequestReceipt receipt = asInsured.call(() -> requests.submitClaim(new ClaimForm("Compteurs", "suivi")));
        long itemId = awaitItem(receipt.reference()).id();
        assertCountersMatchTheRequests("après l'arrivée");
        asAgent.call(() -> {
            worklists.take(itemId, worklists.item(itemId).revision());
            return null;
        });
        assertCountersMatchTheRequests("après la prise en charge");
        asAgent.call(() -> {
            worklists.approve(itemId, worklists.item(itemId).revision(), null);
            return null;
        });
        assertCountersMatchTheRequests("après la décision");
        Map<RequestStatus, Long> counts = asAgent.call(() -> worklists.countsByStatus());
        assertEquals(
                counts.values().stream().mapToLong(Long::longValue).sum(),
                (long) asAgent.call(() -> worklists.count(
                        new WorklistQuery(null, null, null, null, null, null, false, "receivedAt", false, 0, 10))),
                "le total de la table vient des compteurs");
    }

    /**
     * The counters are read without a transaction: compared with the requests counted just before
     * and just after, once both agree (a request of another test may be routed meanwhile).
     */
    private void assertCountersMatchTheRequests(String when) {
        List<Map<RequestStatus, Long>> reading = Eventually.await(
                "un instant sans changement dans la corbeille",
                java.time.Duration.ofSeconds(20),
                () -> List.of(truthOfRelations(), asAgent.call(() -> worklists.countsByStatus()), truthOfRelations()),
                (List<Map<RequestStatus, Long>> three) -> three.get(0).equals(three.get(2)));
        assertEquals(reading.get(0), reading.get(1), when);
    }

    /** The Relations usagers worklist by status, counted the slow way. */
    private Map<RequestStatus, Long> truthOfRelations() {
        Map<RequestStatus, Long> truth = new java.util.EnumMap<>(RequestStatus.class);
        probe.apply(em -> em.createQuery(
                                "SELECT r.status, COUNT(r) FROM ServiceRequest r WHERE r.departmentCode ="
                                        + " 'RELATIONS_USAGERS' AND r.status NOT IN :unrouted GROUP BY r.status",
                                Object[].class)
                        .setParameter("unrouted", List.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED))
                        .getResultList())
                .forEach(row -> truth.put((RequestStatus) row[0], (Long) row[1]));
        return new java.util.LinkedHashMap<>(truth);
    }

    @Test
    void anAdministratorReroutesAKindOfRequest() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asAgent.call(() -> routing.rules()));
        assertThrows(
                InvalidRoutingException.class,
                () -> asAdmin.call(() -> {
                    routing.change("CLAIM", "RECOUVREMENT", 0);
                    return null;
                }));
        assertThrows(
                InvalidRoutingException.class,
                () -> asAdmin.call(() -> {
                    routing.change("CLAIM", "INCONNU", 10);
                    return null;
                }));
        try {
            asAdmin.call(() -> {
                routing.change("CLAIM", "RECOUVREMENT", 10);
                return null;
            });
            RequestReceipt receipt = asInsured.call(
                    () -> requests.submitClaim(new ClaimForm(unique("Réorientée"), "Vers le recouvrement")));
            assertEquals("Recouvrement", receipt.departmentName());
            Eventually.await(
                    "la demande dans la corbeille du Recouvrement",
                    JMS_TIMEOUT,
                    () -> asOtherDepartment.call(() -> worklists
                            .page(new WorklistQuery(null, null, null, null, receipt.reference(), "dueAt", true, 0, 5))
                            .total()),
                    total -> total == 1);
        } finally {
            asAdmin.call(() -> {
                routing.change("CLAIM", "RELATIONS_USAGERS", 15);
                return null;
            });
        }
        assertEquals(
                "RELATIONS_USAGERS",
                asAdmin.call(() -> routing.rules()).stream()
                        .filter(rule -> "CLAIM".equals(rule.kind()))
                        .findFirst()
                        .orElseThrow()
                        .departmentCode());
    }

    @Test
    void anAdministratorRenamesADepartmentButNeverToAnotherOnesName() {
        assertThrows(
                jakarta.ejb.EJBAccessException.class,
                () -> asAgent.call(() -> {
                    routing.renameDepartment("PRESTATIONS", "Prestations sociales");
                    return null;
                }));
        for (String refused :
                new String[] {"   ", "recouvrement", "x".repeat(Routing.MAX_DEPARTMENT_NAME_LENGTH + 1)}) {
            InvalidRoutingException error = assertThrows(
                    InvalidRoutingException.class,
                    () -> asAdmin.call(() -> {
                        routing.renameDepartment("PRESTATIONS", refused);
                        return null;
                    }));
            assertTrue(error.getMessage().startsWith("Nom du département : "), error.getMessage());
        }
        try {
            asAdmin.call(() -> {
                routing.renameDepartment("PRESTATIONS", "  Prestations   familiales et vieillesse ");
                return null;
            });
            assertEquals(
                    "Prestations familiales et vieillesse",
                    probe.apply(em -> em.find(Department.class, "PRESTATIONS").getName()));
            long audited = probe.apply(
                    em -> em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.detail LIKE :what", Long.class)
                            .setParameter("what", "département PRESTATIONS renommé : « Prestations » -> %")
                            .getSingleResult());
            assertTrue(audited >= 1, "renommage audité");
        } finally {
            asAdmin.call(() -> {
                routing.renameDepartment("PRESTATIONS", "Prestations");
                return null;
            });
        }
    }

    private WorkItemView awaitItem(String reference) {
        return WorklistProbe.awaitItem(asAgent, worklists, reference);
    }

    private long requestIdOf(String reference) {
        return probe.apply(
                em -> em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :ref", ServiceRequest.class)
                        .setParameter("ref", reference)
                        .getSingleResult()
                        .getId());
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
