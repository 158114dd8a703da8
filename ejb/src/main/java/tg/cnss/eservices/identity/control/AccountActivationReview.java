package tg.cnss.eservices.identity.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * The effect of the Immatriculation department's decision on an account-activation request: the
 * account made by sign-up becomes active (or refused), and the applicant is told how to go on.
 */
@Dependent
public class AccountActivationReview {

    @Inject
    AccountRepository accounts;

    /** Activates the account; returns what the applicant must be told, or null for other kinds. */
    public String onApproval(ServiceRequest request) {
        if (request.getKind() != RequestKind.ACCOUNT_ACTIVATION) {
            return null;
        }
        accountOf(request).activate();
        return "Votre compte est activé : connectez-vous sur la page d'accueil des services en ligne avec votre adresse"
                + " e-mail (" + request.getRequesterEmail() + ") et votre mot de passe.";
    }

    public void onRejection(ServiceRequest request) {
        if (request.getKind() == RequestKind.ACCOUNT_ACTIVATION) {
            accountOf(request).refuseActivation();
        }
    }

    private UserAccount accountOf(ServiceRequest request) {
        return accounts.findById(request.getRequesterAccountId())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable : " + request.getReference()));
    }
}
