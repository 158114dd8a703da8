package tg.cnss.eservices.identity.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** "Comptes de l'ancien site" (administrators): the CSV to import, then the report line by line. */
@Named
@ViewScoped
public class LegacyImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    LegacyAccountImport importer;

    @Inject
    FacesContext faces;

    private transient Part file;
    private ImportReport report;

    public void importFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            error("Fichier CSV : choisissez le fichier exporté de l'ancien site.");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            error("Fichier CSV : 10 Mo au plus ; découpez l'export en plusieurs fichiers.");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        report = importer.importCsv(content);
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        report.imported() + " compte(s) importé(s), "
                                + report.refused().size() + " ligne(s) refusée(s).",
                        null));
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
