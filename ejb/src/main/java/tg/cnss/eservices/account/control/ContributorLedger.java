package tg.cnss.eservices.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tg.cnss.eservices.account.entity.ContributorAccount;
import tg.cnss.eservices.account.entity.LedgerEntry;

/**
 * Posts to an employer's contributor account, in the caller's transaction: the ledger line and
 * the balance move together or not at all. The account row is created by its first posting.
 * Each posting is announced ({@link LedgerPosted}) in the same transaction.
 */
@Dependent
public class ContributorLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LedgerPosted> posted;

    public LedgerEntry post(LedgerEntry entry) {
        ContributorAccount account = em.find(ContributorAccount.class, entry.getEmployerNumber());
        if (account == null) {
            account = new ContributorAccount(entry.getEmployerNumber());
            em.persist(account);
        }
        account.post(entry);
        em.persist(entry);
        posted.fire(new LedgerPosted(entry.getEmployerNumber(), entry.getPostedAt()));
        return entry;
    }
}
