package tg.cnss.eservices.testing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tg.cnss.eservices.request.boundary.ClaimForm;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.testing.acting.AsInsured;

/**
 * Test deployments of the crash test only. {@code POST ?lot=L&n=N} files N claims of the demo
 * insured person, one transaction each, and writes each reference on its own line as soon as its
 * transaction has committed — what a user would have seen acknowledged on screen — so that the
 * test can kill the server in the middle. {@code GET ?lot=L} tells where each of the lot's
 * requests is now: in the database, with a work item, or as a message still waiting in the
 * department's queue or in the dead-letter queue.
 */
@WebServlet("/test/rafale")
public class BurstSubmitter extends HttpServlet {

    public static final String SUBJECT = "Rafale ";
    static final String QUEUE = "cnss.relations-usagers";
    static final String DEAD_LETTERS = "cnss-dead-letters";
    private static final long serialVersionUID = 1L;

    @EJB
    AsInsured insured;

    @EJB
    Requests requests;

    @EJB
    PersistenceProbe probe;

    @Inject
    JMSContext jms;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lot = lot(request);
        int count = Integer.parseInt(request.getParameter("n"));
        int from = request.getParameter("from") == null ? 1 : Integer.parseInt(request.getParameter("from"));
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        for (int i = from; i < from + count; i++) {
            ClaimForm form = new ClaimForm(SUBJECT + lot + " n° " + i, "Réclamation du test de panne.");
            String reference = insured.call(() -> requests.submitClaim(form)).reference();
            out.println(reference);
            out.flush();
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String lot = lot(request);
        String pattern = SUBJECT + lot + " n° %";
        if (request.getParameter("mesures") != null) {
            measures(pattern, response);
            return;
        }
        List<String> stored = probe.apply(em -> em.createQuery(
                        "select r.reference from ServiceRequest r where r.summary like :pattern", String.class)
                .setParameter("pattern", pattern)
                .getResultList());
        List<String> withItem = probe.apply(em -> em.createQuery(
                        "select w.request.reference from WorkItem w where w.request.summary like :pattern",
                        String.class)
                .setParameter("pattern", pattern)
                .getResultList());
        Set<String> lotReferences = new TreeSet<>(stored);
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("stored=" + String.join(",", stored));
        out.println("withItem=" + String.join(",", withItem));
        out.println("queued=" + String.join(",", waiting(QUEUE, lotReferences)));
        out.println("deadLettered=" + String.join(",", waiting(DEAD_LETTERS, lotReferences)));
    }

    /**
     * For the routing benchmark: how many of the lot are stored and routed, and the time from
     * submission to work item (milliseconds, as the database recorded both instants).
     */
    private void measures(String pattern, HttpServletResponse response) throws IOException {
        long stored = probe.apply(
                em -> em.createQuery("select count(r) from ServiceRequest r where r.summary like :pattern", Long.class)
                        .setParameter("pattern", pattern)
                        .getSingleResult());
        List<Object[]> routed = probe.apply(em -> em.createQuery(
                        "select r.submittedAt, w.receivedAt from WorkItem w join w.request r"
                                + " where r.summary like :pattern",
                        Object[].class)
                .setParameter("pattern", pattern)
                .getResultList());
        long[] latencies = routed.stream()
                .mapToLong(pair ->
                        Duration.between((Instant) pair[0], (Instant) pair[1]).toMillis())
                .sorted()
                .toArray();
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("stored=" + stored);
        out.println("routed=" + latencies.length);
        out.println("p50=" + percentile(latencies, 50));
        out.println("p99=" + percentile(latencies, 99));
        out.println("max=" + percentile(latencies, 100));
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The references of the lot whose routing message waits on the queue. */
    private List<String> waiting(String queue, Set<String> lotReferences) {
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue(queue))) {
            return Collections.list(browser.getEnumeration()).stream()
                    .map(message -> referenceIn((Message) message))
                    .filter(lotReferences::contains)
                    .toList();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String referenceIn(Message message) {
        try (JsonReader reader = Json.createReader(new StringReader(message.getBody(String.class)))) {
            JsonObject body = reader.readObject();
            return body.getString("reference", "");
        } catch (JMSException | RuntimeException e) {
            return "";
        }
    }

    private static String lot(HttpServletRequest request) {
        String lot = request.getParameter("lot");
        if (lot == null || !lot.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("lot");
        }
        return lot;
    }
}
