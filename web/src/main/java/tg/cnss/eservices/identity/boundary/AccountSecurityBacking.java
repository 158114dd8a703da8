package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;

/** "Sécurité du compte": choose, change or turn off the second factor; renew the recovery codes. */
@Named
@ViewScoped
public class AccountSecurityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountSecurity security;

    @Inject
    FacesContext faces;

    private SecuritySettings settings;
    private NewAppKey appKey;
    private boolean smsCodeSent;
    private String appCode;
    private String smsCode;
    private String currentPassword;
    private String passwordForCodes;
    private String passwordToTurnOff;
    private String currentForChange;
    private String chosenPassword;
    private String confirmation;
    private List<String> newCodes = List.of();

    @PostConstruct
    void load() {
        settings = security.mine();
    }

    public void startApp() {
        appKey = security.newAppKey();
    }

    public void confirmApp() {
        try {
            newCodes = security.useApp(appKey, appCode, currentPassword);
            appKey = null;
            done("Application d'authentification activée : un code vous sera demandé à chaque connexion.");
        } catch (BusinessException e) {
            FieldErrors.show(faces, "application", e);
        }
    }

    public void sendSmsCode() {
        try {
            String message = security.sendSmsSetupCode();
            smsCodeSent = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        } catch (BusinessException e) {
            FieldErrors.show(faces, "sms", e);
        }
    }

    public void confirmSms() {
        try {
            newCodes = security.useSms(smsCode, currentPassword);
            smsCodeSent = false;
            done("Codes par SMS activés : un code vous sera envoyé à chaque connexion.");
        } catch (BusinessException e) {
            FieldErrors.show(faces, "sms", e);
        }
    }

    public void renewCodes() {
        try {
            newCodes = security.renewRecoveryCodes(passwordForCodes);
            done("Nouveaux codes de secours créés : les anciens ne servent plus.");
        } catch (BusinessException e) {
            FieldErrors.show(faces, "codesSecours", e);
        } finally {
            passwordForCodes = null;
        }
    }

    public void changePassword() {
        try {
            security.changePassword(currentForChange, chosenPassword, confirmation);
            done("Mot de passe changé : vos autres sessions ont été fermées ; un e-mail vous le confirme.");
        } catch (BusinessException e) {
            FieldErrors.show(faces, "motDePasse", e);
        } finally {
            currentForChange = null;
            chosenPassword = null;
            confirmation = null;
        }
    }

    public String getCurrentForChange() {
        return currentForChange;
    }

    public void setCurrentForChange(String currentForChange) {
        this.currentForChange = currentForChange;
    }

    public String getChosenPassword() {
        return chosenPassword;
    }

    public void setChosenPassword(String chosenPassword) {
        this.chosenPassword = chosenPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public void turnOff() {
        try {
            security.turnOff(passwordToTurnOff);
            newCodes = List.of();
            done("Double authentification désactivée : votre mot de passe seul suffit pour vous connecter.");
        } catch (BusinessException e) {
            FieldErrors.show(faces, "desactivation", e);
        } finally {
            passwordToTurnOff = null;
        }
    }

    private void done(String message) {
        currentPassword = null;
        settings = security.mine();
        // A change of password or second factor ends the account's other sessions, not this one.
        SignedInSession.adopt(
                (HttpSession) faces.getExternalContext().getSession(false), settings.credentialsVersion());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public SecuritySettings getSettings() {
        return settings;
    }

    public NewAppKey getAppKey() {
        return appKey;
    }

    public boolean isSmsCodeSent() {
        return smsCodeSent;
    }

    public List<String> getNewCodes() {
        return newCodes;
    }

    public String getAppCode() {
        return appCode;
    }

    public void setAppCode(String appCode) {
        this.appCode = appCode;
    }

    public String getSmsCode() {
        return smsCode;
    }

    public void setSmsCode(String smsCode) {
        this.smsCode = smsCode;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getPasswordForCodes() {
        return passwordForCodes;
    }

    public void setPasswordForCodes(String passwordForCodes) {
        this.passwordForCodes = passwordForCodes;
    }

    public String getPasswordToTurnOff() {
        return passwordToTurnOff;
    }

    public void setPasswordToTurnOff(String passwordToTurnOff) {
        this.passwordToTurnOff = passwordToTurnOff;
    }
}
