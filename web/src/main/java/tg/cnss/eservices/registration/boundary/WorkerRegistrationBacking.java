package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import tg.cnss.eservices.platform.boundary.UploadedFile;

/**
 * "Demande d'immatriculation travailleur" in the employer's space (manual, Espace Employeurs item
 * 1): the request is the employer's, followed in "Historique des activités".
 */
@Named
@ViewScoped
public class WorkerRegistrationBacking extends WorkerRegistrationSteps {

    private static final long serialVersionUID = 1L;

    /** From the online DNR's "à immatriculer" line: the names already typed there. */
    @PostConstruct
    void prefill() {
        var parameters = faces.getExternalContext().getRequestParameterMap();
        if (getLastName() == null && parameters.get("nom") != null) {
            setLastName(parameters.get("nom"));
            setFirstNames(parameters.get("prenoms"));
        }
    }

    @Override
    protected WorkerRegistrationPreview previewOf(WorkerRegistrationForm form, List<UploadedFile> files) {
        return registrations.preview(form, files);
    }

    @Override
    protected String submit(WorkerRegistrationForm form, List<UploadedFile> files) {
        return registrations.submit(form, files).reference();
    }

    @Override
    protected String confirmationPath(String reference) {
        return "/employeur/demande.xhtml?ref=" + reference + "&nouvelle=1";
    }
}
