package tg.cnss.eservices.testing.kind;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestSubmission;

/** The test kind's entry point, as a kind's own boundary would be: files a stamp request for the caller. */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class StampRequests {

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    RequestSubmission submission;

    @Inject
    StampKind kind;

    public RequestReceipt submit(String text, int copies) {
        UserAccount caller = accounts.getByEmail(
                new EmailAddress(session.getCallerPrincipal().getName()));
        return submission.submit(
                kind,
                new RequestSubmission.Requester(
                        caller.getId(), caller.getEmail().value(), caller.getFullName(), caller.getPhone()),
                "Tampon : " + text,
                new StampKind.Stamp(text, copies),
                List.of());
    }
}
