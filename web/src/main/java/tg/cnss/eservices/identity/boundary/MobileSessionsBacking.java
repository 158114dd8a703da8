package tg.cnss.eservices.identity.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.platform.boundary.InvalidFormException;

/** "Sécurité du compte", the mobile application: the devices signed in, and closing one. */
@Named
@ViewScoped
public class MobileSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MobileSessions sessions;

    @Inject
    FacesContext faces;

    private transient List<MobileSessions.Device> devices;

    public List<MobileSessions.Device> getDevices() {
        if (devices == null) {
            devices = sessions.mine();
        }
        return devices;
    }

    public void close(long id) {
        try {
            sessions.close(id);
            devices = null;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Appareil déconnecté : l'application y demandera de nouveau votre mot de passe.",
                            null));
        } catch (InvalidFormException refused) {
            faces.validationFailed();
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            String.join(" ", refused.errors().values()),
                            null));
        }
    }
}
