package tg.cnss.eservices.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import tg.cnss.eservices.account.control.CareerPostings;
import tg.cnss.eservices.declaration.control.WageDeclarationRecords;
import tg.cnss.eservices.declaration.entity.WageDeclaration;

/**
 * Posts a recorded DNR to the workers' individual accounts (career lines by employer and month),
 * in the caller's transaction (the message's): the lines of the quarter's earlier revisions are
 * withdrawn, the DNR's own posted, and the DNR marked posted. Once only, and only while it is the
 * quarter's current DNR: a DNR replaced before its turn is never posted — its correction is. The
 * quarter's revisions are locked first, so postings and corrections of one quarter take turns.
 */
@Stateless
@PermitAll
public class CareerPosting {

    @PersistenceContext
    EntityManager em;

    @Inject
    WageDeclarationRecords declarations;

    @Inject
    CareerPostings careers;

    @Inject
    Clock clock;

    /** The number of career lines posted (0 when there was nothing left to do). */
    public int post(long declarationId) {
        WageDeclaration declaration = em.find(WageDeclaration.class, declarationId);
        if (declaration == null) {
            return 0;
        }
        List<WageDeclaration> revisions =
                declarations.lockRevisions(declaration.getEmployerNumber(), declaration.getQuarter());
        if (!declaration.isCurrent() || declaration.getCareerPostedAt() != null) {
            return 0;
        }
        Instant now = clock.instant();
        for (WageDeclaration earlier : revisions) {
            if (!earlier.getId().equals(declaration.getId())) {
                careers.withdraw(earlier.getId(), now);
            }
        }
        int posted = careers.post(
                declaration.getId(),
                declaration.getReference(),
                declaration.getEmployerNumber(),
                WageDeclarationRecords.postingsOf(declaration.getQuarter(), declarations.linesOf(declaration)),
                now);
        declaration.careerPosted(now);
        return posted;
    }
}
