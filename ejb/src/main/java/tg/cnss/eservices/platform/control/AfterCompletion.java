package tg.cnss.eservices.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has ended — to drop a cached copy of what it changed:
 * dropped before the commit, a concurrent reader could cache the old state again until it expires.
 */
@ApplicationScoped
public class AfterCompletion {

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void run(Runnable action) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before: the change is not final yet
            }

            @Override
            public void afterCompletion(int status) {
                action.run(); // committed or not, a fresh read is always right
            }
        });
    }
}
