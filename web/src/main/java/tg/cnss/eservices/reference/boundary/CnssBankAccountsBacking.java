package tg.cnss.eservices.reference.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.kernel.BusinessException;

/** "Comptes bancaires de la CNSS" (administration): each bank's account number; what was changed is saved. */
@Named
@ViewScoped
public class CnssBankAccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceData referenceData;

    @Inject
    CnssBankAccounts accounts;

    @Inject
    FacesContext faces;

    /** Bank code → name, and bank code → number as typed. */
    private final Map<String, String> names = new LinkedHashMap<>();

    private final Map<String, String> numbers = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        names.clear();
        numbers.clear();
        referenceData.cnssBankAccounts().forEach(bank -> {
            names.put(bank.getCode(), bank.getBankName());
            numbers.put(bank.getCode(), bank.getAccountNumber());
        });
    }

    /** Saves the numbers changed; one refused leaves the others saved, and says which bank and why. */
    public void save() {
        Map<String, String> stored = new LinkedHashMap<>();
        referenceData.cnssBankAccounts().forEach(bank -> stored.put(bank.getCode(), bank.getAccountNumber()));
        int saved = 0;
        boolean refusedOne = false;
        for (var typed : numbers.entrySet()) {
            String before = stored.get(typed.getKey());
            String after = typed.getValue() == null || typed.getValue().isBlank() ? null : typed.getValue();
            if (java.util.Objects.equals(before, after)) {
                continue;
            }
            try {
                accounts.changeAccountNumber(typed.getKey(), after);
                saved++;
            } catch (BusinessException refused) {
                refusedOne = true;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
            }
        }
        if (refusedOne) {
            faces.validationFailed();
        } else {
            load();
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        saved == 0 ? "Aucun changement enregistré." : saved + " compte(s) enregistré(s).",
                        null));
    }

    public Map<String, String> getNames() {
        return names;
    }

    public Map<String, String> getNumbers() {
        return numbers;
    }

    public java.util.List<String> getCodes() {
        return java.util.List.copyOf(names.keySet());
    }
}
