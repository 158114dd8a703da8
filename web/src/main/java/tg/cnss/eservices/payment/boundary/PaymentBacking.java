package tg.cnss.eservices.payment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.request.boundary.AttachedFiles;
import tg.cnss.eservices.request.boundary.AttachmentLine;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Paiement de Cotisation": what is owed and where to pay it, then the notice of a bank transfer
 * or deposit with its proof — "Vérifiez vos réponses" (printable), "Confirmer et envoyer". The
 * amount is the whole balance unless the employer pays a part. Files are kept across "Modifier";
 * confirming twice in one view keeps the first reference.
 */
@Named
@ViewScoped
public class PaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "paiement";

    @Inject
    Payments payments;

    @Inject
    Requests requests;

    @Inject
    FacesContext faces;

    @Inject
    PaymentReceipts receipts;

    private List<ReceivedPayment> received;

    private PaymentSituation situation;
    private String bankCode;
    private boolean deposit;
    private LocalDate paidOn;
    private Long amount;
    private String bankReference;
    private transient List<Part> files;
    private final AttachedFiles attached = new AttachedFiles();
    private List<FieldSection> preview;
    private String submittedReference;

    @PostConstruct
    void load() {
        situation = payments.situation();
        if (situation.owed().value() > 0) {
            amount = situation.owed().value();
        }
        if (situation.banks().size() == 1) {
            bankCode = situation.banks().get(0).code();
        }
    }

    public void showPreview() {
        boolean joined = attached.joinOrSay(files, requests::check, message -> FieldErrors.show(faces, message));
        files = null;
        if (!joined) {
            return;
        }
        try {
            preview = payments.preview(form(), attached.files());
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM, refused);
        }
    }

    public void edit() {
        preview = null;
    }

    public void remove(int index) {
        attached.remove(index, requests::check);
    }

    public void confirm() throws IOException {
        if (submittedReference == null) {
            try {
                submittedReference = payments.submit(form(), attached.files()).reference();
            } catch (BusinessException refused) {
                preview = null;
                FieldErrors.show(faces, FORM, refused);
                return;
            }
        }
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/employeur/demande.xhtml?ref=" + submittedReference
                + "&nouvelle=1");
    }

    private BankNoticeForm form() {
        return new BankNoticeForm(bankCode, deposit, paidOn, amount, bankReference);
    }

    /** The payments the CNSS received, each with its receipt. */
    public List<ReceivedPayment> getReceived() {
        if (received == null) {
            received = receipts.mine();
        }
        return received;
    }

    public PaymentSituation getSituation() {
        return situation;
    }

    public List<FieldSection> getPreview() {
        return preview;
    }

    public boolean isPreviewing() {
        return preview != null;
    }

    public List<AttachmentLine> getAttachedLines() {
        return attached.lines();
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    public boolean isDeposit() {
        return deposit;
    }

    public void setDeposit(boolean deposit) {
        this.deposit = deposit;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public Long getAmount() {
        return amount;
    }

    public void setAmount(Long amount) {
        this.amount = amount;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }
}
