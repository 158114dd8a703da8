package tg.cnss.eservices.declaration.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import tg.cnss.eservices.declaration.control.DnrLayout;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.registration.spi.NoEmployerNumberException;

/**
 * "Envoyer un fichier D.N.R": the model of a chosen quarter to download, the filled file to send,
 * then its progress and report. The upload's token is in the address ({@code envoi}): a reload,
 * another tab or a later visit finds the same upload; the page polls it until it is read.
 */
@Named
@ViewScoped
public class DnrFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DnrUploads uploads;

    @Inject
    WageDeclarations declarations;

    private String quarter;
    private transient Part file;
    private String token;
    private DnrUploadStatus status;
    private List<DnrUploadStatus> recent;
    private List<WageDeclarationSummary> history;
    private boolean noNumber;

    /** Before rendering (f:viewAction): the upload named in the address, if it is the caller's. */
    public void load() {
        try {
            if (quarter == null) {
                quarter = declarations.suggestedQuarter().code();
            }
            refresh();
        } catch (NoEmployerNumberException none) {
            noNumber = true;
            FieldErrors.show(FacesContext.getCurrentInstance(), none.getMessage());
        }
    }

    /** The poll: the upload's state now. */
    public void refresh() {
        status = token == null ? null : uploads.status(token).orElse(null);
        if (status != null && status.finished()) {
            recent = null;
            history = null;
        }
    }

    public String send() {
        if (file == null || file.getSize() == 0) {
            FieldErrors.show(
                    FacesContext.getCurrentInstance(), "Fichier D.N.R : choisissez le fichier rempli à envoyer.");
            return null;
        }
        if (file.getSize() > DnrLayout.MAX_BYTES) {
            FieldErrors.show(
                    FacesContext.getCurrentInstance(),
                    "Fichier D.N.R : 10 Mo au plus. Retirez les lignes vides et les mises en forme, ou envoyez la"
                            + " déclaration par l'API des logiciels de paie.");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            DnrUploadStatus sent = uploads.submit(file.getSubmittedFileName(), in.readAllBytes());
            return "/employeur/dnr-fichier.xhtml?faces-redirect=true&envoi=" + sent.token();
        } catch (BusinessException refused) {
            FieldErrors.show(FacesContext.getCurrentInstance(), "envoi", refused);
            return null;
        } catch (IOException unreadable) {
            FieldErrors.show(
                    FacesContext.getCurrentInstance(), "Fichier D.N.R : lecture impossible, envoyez-le de nouveau.");
            return null;
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary files at the end of the request anyway
            }
        }
    }

    public List<Quarter> getQuarters() {
        return noNumber ? List.of() : declarations.declarableQuarters();
    }

    public List<DnrUploadStatus> getRecent() {
        if (recent == null) {
            recent = noNumber ? List.of() : uploads.recent();
        }
        return recent;
    }

    public List<WageDeclarationSummary> getHistory() {
        if (history == null) {
            history = noNumber ? List.of() : declarations.mine();
        }
        return history;
    }

    public boolean isNoNumber() {
        return noNumber;
    }

    public DnrUploadStatus getStatus() {
        return status;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
