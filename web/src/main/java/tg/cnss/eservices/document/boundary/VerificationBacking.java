package tg.cnss.eservices.document.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Vérifier un document" (public): the reference and the code come from the QR code's address or
 * are typed; the answer is the certificate's state and only what a buyer needs to read on it.
 */
@Named
@RequestScoped
public class VerificationBacking {

    @Inject
    CertificateVerifications verifications;

    @Inject
    FacesContext faces;

    private String reference;
    private String code;
    private CertificateCheck check;

    /** From the address (a QR code's, or a link): checks at once when both are given. */
    public void load() {
        if (faces.isPostback()) {
            return;
        }
        var parameters = faces.getExternalContext().getRequestParameterMap();
        reference = parameters.get("ref");
        code = parameters.get("code");
        if (reference != null && code != null) {
            verify();
        }
    }

    public void verify() {
        check = verifications.check(reference, code);
    }

    public CertificateCheck getCheck() {
        return check;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
