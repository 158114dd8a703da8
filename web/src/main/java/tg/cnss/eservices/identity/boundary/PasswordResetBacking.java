package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/**
 * "Mot de passe oublié ?" (ask for the link: the same answer for every address) and
 * "Nouveau mot de passe" (the link's page).
 */
@Named
@ViewScoped
public class PasswordResetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PasswordResets resets;

    @Inject
    FacesContext faces;

    private String email;
    private boolean asked;
    private String token;
    private boolean usable;
    private String password;
    private String confirmation;

    @PostConstruct
    void load() {
        token = faces.getExternalContext().getRequestParameterMap().get("jeton");
        usable = token != null && resets.isUsable(token);
    }

    public void ask() {
        resets.request(email);
        asked = true;
    }

    public void choose() throws IOException {
        try {
            resets.choose(token, password, confirmation);
        } catch (BusinessException invalid) {
            FieldErrors.show(faces, "choix", invalid);
            return;
        } finally {
            password = null;
            confirmation = null;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/connexion.xhtml?motDePasseChange=1");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isAsked() {
        return asked;
    }

    public boolean isUsable() {
        return usable;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
