package tg.cnss.eservices.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import tg.cnss.eservices.account.entity.ContributorAccount;
import tg.cnss.eservices.identity.control.CallerEmployers;
import tg.cnss.eservices.kernel.Francs;

/** The signed-in employer's contributor account, as its dashboard shows it. */
@Stateless
@RolesAllowed("EMPLOYER")
public class ContributorAccounts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerEmployers employers;

    /** What the employer owes today by the ledger (declared, not yet paid); zero before any posting. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Francs myBalance() {
        ContributorAccount account = em.find(
                ContributorAccount.class,
                employers.of(session.getCallerPrincipal().getName()).canonical());
        return account == null ? Francs.ZERO : Francs.of(account.getBalance());
    }
}
