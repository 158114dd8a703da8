package tg.cnss.eservices.payment.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.kernel.BusinessException;
import tg.cnss.eservices.payment.control.BankStatementReader;
import tg.cnss.eservices.platform.boundary.FieldErrors;
import tg.cnss.eservices.reference.entity.CnssBankAccount;

/**
 * "Relevés bancaires" (Recouvrement): import a bank's statement, then the notices it may settle,
 * each with a link to its page where the agent confirms with the proposed line.
 */
@Named
@ViewScoped
public class BankStatementBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "releves";

    @Inject
    BankStatements statements;

    @Inject
    FacesContext faces;

    private boolean allowed;
    private List<CnssBankAccount> banks = List.of();
    private List<StatementImport.Match> matches = List.of();
    private StatementImport imported;
    private String bankCode;
    private transient Part file;

    public void load() {
        allowed = statements.callerFollowsContributions();
        if (allowed) {
            banks = statements.banks();
            matches = statements.matches();
        }
    }

    public void importStatement() {
        if (file == null || file.getSize() == 0) {
            FieldErrors.show(
                    faces,
                    FORM,
                    Map.of("releve", "Relevé : choisissez le fichier exporté de la banque (CSV ou .xlsx)."));
            return;
        }
        if (file.getSize() > BankStatementReader.MAX_BYTES) {
            FieldErrors.show(
                    faces, FORM, Map.of("releve", "Relevé : 2 Mo au plus (exportez une période plus courte)."));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            imported = statements.importStatement(bankCode, in.readAllBytes());
            matches = imported.matches();
        } catch (BusinessException refused) {
            FieldErrors.show(faces, FORM, refused);
        } catch (IOException unreadable) {
            FieldErrors.show(
                    faces, FORM, Map.of("releve", "Relevé : le fichier n'a pas pu être lu ; envoyez-le de nouveau."));
        } finally {
            file = null;
        }
    }

    public boolean isAllowed() {
        return allowed;
    }

    public List<CnssBankAccount> getBanks() {
        return banks;
    }

    public List<StatementImport.Match> getMatches() {
        return matches;
    }

    public StatementImport getImported() {
        return imported;
    }

    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
