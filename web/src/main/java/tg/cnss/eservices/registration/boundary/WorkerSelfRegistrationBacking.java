package tg.cnss.eservices.registration.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import tg.cnss.eservices.platform.boundary.HumanCheckField;
import tg.cnss.eservices.platform.boundary.UploadedFile;

/**
 * "Pré-immatriculation des travailleurs" (public): a worker whose employer has not registered him
 * within a month of his hiring registers himself, naming his employer, who is told at once.
 */
@Named
@ViewScoped
public class WorkerSelfRegistrationBacking extends WorkerRegistrationSteps {

    private static final long serialVersionUID = 1L;

    @Inject
    PreRegistrationReceipts receipts;

    private String employerNumber;

    private final HumanCheckField humanCheck = new HumanCheckField();

    @Override
    protected String employerNumber() {
        return employerNumber;
    }

    @Override
    protected WorkerRegistrationPreview previewOf(WorkerRegistrationForm form, List<UploadedFile> files) {
        return registrations.previewAsWorker(form, files);
    }

    @Override
    protected boolean mayConfirm() {
        return humanCheck.passed(faces, FORM_ID);
    }

    @Override
    protected String submit(WorkerRegistrationForm form, List<UploadedFile> files) {
        String reference = registrations
                .submitAsWorker(
                        form,
                        files,
                        ((jakarta.servlet.http.HttpServletRequest)
                                        faces.getExternalContext().getRequest())
                                .getRemoteAddr())
                .reference();
        receipts.remember(reference);
        return reference;
    }

    @Override
    protected String confirmationPath(String reference) {
        return "/preimmatriculation/travailleur-confirmation.xhtml?ref=" + reference;
    }

    public HumanCheckField getHumanCheck() {
        return humanCheck;
    }

    public String getEmployerNumber() {
        return employerNumber;
    }

    public void setEmployerNumber(String employerNumber) {
        this.employerNumber = employerNumber;
    }
}
