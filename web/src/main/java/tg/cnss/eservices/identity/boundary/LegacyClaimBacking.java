package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Ajoutez votre adresse e-mail": the once-only step of an old-site user name after its password
 * (see {@link LegacyAccountClaims}). The claim's token stays in the HTTP session, never in a URL:
 * whoever holds it may choose the account's address.
 */
@Named
@ViewScoped
public class LegacyClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/ancien-compte.xhtml";
    static final String CLAIM_TOKEN = LegacyClaimBacking.class.getName() + ".token";
    static final String FORM_ID = "ancienCompte";

    @Inject
    LegacyAccountClaims claims;

    @Inject
    FacesContext faces;

    private LegacyAccountClaims.ClaimView claim;
    private String closed;
    private String done;
    private String email;
    private String code;

    @PostConstruct
    void load() {
        refresh();
    }

    public void sendCode() {
        try {
            claims.sendCode(token(), email);
            refresh();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Un code de vérification a été envoyé à " + claim.maskedEmail()
                                    + " : saisissez-le ci-dessous (valable 30 minutes).",
                            null));
        } catch (LegacyClaimClosedException over) {
            close(over.getMessage());
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM_ID, refused);
        }
    }

    public void confirm() {
        try {
            CodeCheckResult result = claims.confirm(token(), code);
            if (result.accepted()) {
                session().removeAttribute(CLAIM_TOKEN);
                done = result.message();
                claim = null;
            } else {
                FieldErrors.show(faces, FORM_ID, Map.of("code", result.message()));
            }
        } catch (LegacyClaimClosedException over) {
            close(over.getMessage());
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM_ID, refused);
        } finally {
            code = null;
        }
    }

    private void refresh() {
        try {
            claim = claims.view(token());
        } catch (LegacyClaimClosedException over) {
            close(over.getMessage());
        }
    }

    private void close(String message) {
        session().removeAttribute(CLAIM_TOKEN);
        claim = null;
        closed = message;
    }

    private String token() {
        Object token = session().getAttribute(CLAIM_TOKEN);
        return token == null ? null : token.toString();
    }

    private HttpSession session() {
        return (HttpSession) faces.getExternalContext().getSession(true);
    }

    public LegacyAccountClaims.ClaimView getClaim() {
        return claim;
    }

    /** Why the step is over (expired, too many wrong codes, no claim in this session). */
    public String getClosed() {
        return closed;
    }

    /** Set once the address is verified: what to sign in with. */
    public String getDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
