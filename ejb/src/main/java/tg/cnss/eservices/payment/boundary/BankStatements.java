package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.payment.control.BankStatementReader;
import tg.cnss.eservices.payment.control.NotificationSignature;
import tg.cnss.eservices.payment.control.StatementLine;
import tg.cnss.eservices.payment.control.StatementMatching;
import tg.cnss.eservices.payment.control.StatementProposals;
import tg.cnss.eservices.payment.control.StatementRefusedException;
import tg.cnss.eservices.payment.entity.BankStatementLine;
import tg.cnss.eservices.payment.entity.PaymentNotice;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.CnssBankAccount;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * Recouvrement's bank statements: the agent imports a bank's export (CSV or .xlsx), the credit
 * lines are kept (each once), and the portal proposes, for every payment notice awaiting
 * confirmation, the line that may be its money. The agent confirms on the notice's page, where the
 * same lines are offered (confirming credits at the line's value date).
 */
@Stateless
@RolesAllowed({"AGENT", "SUPERVISOR"})
public class BankStatements {

    static final String RECOUVREMENT = "RECOUVREMENT";

    /** Keys looked up per query when checking which lines were imported before. */
    private static final int KEYS_PER_QUERY = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    ReferenceData referenceData;

    @Inject
    StatementProposals proposals;

    @Inject
    Clock clock;

    /** The banks where the CNSS holds an account. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CnssBankAccount> banks() {
        return referenceData.cnssBankAccounts();
    }

    /** Whether the caller works for Recouvrement (the page shows the import only then). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean callerFollowsContributions() {
        return RECOUVREMENT.equals(accounts.getByEmail(
                        new EmailAddress(session.getCallerPrincipal().getName()))
                .getDepartmentCode());
    }

    public StatementImport importStatement(String bankCode, byte[] content) {
        checkRecouvrement();
        if (banks().stream().noneMatch(bank -> bank.getCode().equals(bankCode))) {
            throw new InvalidFormException(Map.of("banque", "Banque : choisissez celle dont c'est le relevé."));
        }
        List<StatementLine> lines;
        try {
            lines = BankStatementReader.read(content == null ? new byte[0] : content);
        } catch (StatementRefusedException refused) {
            throw new InvalidFormException(Map.of("releve", "Relevé : " + refused.getMessage()));
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, StatementLine> byKey = new java.util.LinkedHashMap<>();
        for (StatementLine line : lines) {
            String identity = bankCode + "|" + line.valueDate() + "|" + line.amount() + "|" + line.label();
            // two identical lines in one statement (two equal deposits the same day) are two lines
            int occurrence = seen.merge(identity, 1, Integer::sum);
            byKey.put(NotificationSignature.hashOf(identity + "|" + occurrence), line);
        }
        java.util.Set<String> known = new java.util.HashSet<>();
        List<String> keys = List.copyOf(byKey.keySet());
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            known.addAll(em.createQuery(
                            "SELECT l.lineKey FROM BankStatementLine l WHERE l.lineKey IN :keys", String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)))
                    .getResultList());
        }
        String agent = session.getCallerPrincipal().getName();
        int added = 0;
        for (var entry : byKey.entrySet()) {
            if (!known.contains(entry.getKey())) {
                StatementLine line = entry.getValue();
                em.persist(new BankStatementLine(
                        bankCode,
                        line.valueDate(),
                        line.amount(),
                        line.label(),
                        entry.getKey(),
                        clock.instant(),
                        agent));
                added++;
            }
        }
        em.flush();
        return new StatementImport(lines.size(), added, lines.size() - added, matches());
    }

    /** The notices awaiting confirmation for which an imported line is proposed, the likeliest line each. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StatementImport.Match> matches() {
        checkRecouvrement();
        List<Object[]> open = em.createQuery(
                        "SELECT n, r FROM PaymentNotice n, ServiceRequest r WHERE r.id = n.requestId"
                                + " AND r.status IN :open ORDER BY r.id",
                        Object[].class)
                .setParameter("open", RequestStatus.open())
                .getResultList();
        Map<ServiceRequest, PaymentNotice> notices = new java.util.LinkedHashMap<>();
        Map<ServiceRequest, StatementProposals.Request> requests = new java.util.LinkedHashMap<>();
        for (Object[] row : open) {
            PaymentNotice notice = (PaymentNotice) row[0];
            ServiceRequest request = (ServiceRequest) row[1];
            notices.put(request, notice);
            requests.put(
                    request,
                    new StatementProposals.Request(
                            notice.getBankCode(),
                            new StatementMatching.Notice(
                                    notice.getBankReference(),
                                    EmployerNumber.parse(notice.getEmployerNumber())
                                            .display(),
                                    notice.getAmount(),
                                    notice.getPaidOn())));
        }
        Map<ServiceRequest, List<StatementMatching.Proposal>> proposed = proposals.of(requests);
        List<StatementImport.Match> matches = new ArrayList<>();
        notices.forEach((request, notice) -> proposed.get(request).stream()
                .findFirst()
                .ifPresent(best -> matches.add(new StatementImport.Match(
                        request.getReference().toString(),
                        itemOf(request),
                        requests.get(request).notice().employerNumber(),
                        Francs.of(notice.getAmount()),
                        notice.getPaidOn(),
                        best.candidate().line().valueDate(),
                        best.candidate().line().label(),
                        best.why()))));
        return matches;
    }

    private long itemOf(ServiceRequest request) {
        return em.createQuery("SELECT w.id FROM WorkItem w WHERE w.request = :request", Long.class)
                .setParameter("request", request)
                .getResultStream()
                .findFirst()
                .orElse(0L);
    }

    private void checkRecouvrement() {
        if (!callerFollowsContributions()) {
            throw new EJBAccessException("Réservé au service Recouvrement");
        }
    }
}
