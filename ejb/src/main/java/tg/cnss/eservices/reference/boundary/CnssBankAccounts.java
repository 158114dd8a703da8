package tg.cnss.eservices.reference.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Map;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.reference.entity.CnssBankAccount;

/**
 * The accounts of the CNSS that employers pay into, entered by administrators: the payment page
 * offers a bank only once its number is here. Each change is audited (old and new number), since
 * a wrong number sends employers' money elsewhere.
 */
@Stateless
@RolesAllowed("ADMIN")
public class CnssBankAccounts {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    /**
     * Sets (or, blank, withdraws) a bank's account number: letters and digits as the bank writes
     * it (RIB or IBAN, spaces and dashes kept for reading), 10 to 34 of them, 40 characters at most.
     */
    public void changeAccountNumber(String bankCode, String typed) {
        CnssBankAccount bank = em.find(CnssBankAccount.class, bankCode, LockModeType.PESSIMISTIC_WRITE);
        if (bank == null) {
            throw new InvalidFormException(Map.of("banque", "Banque inconnue : rechargez la page."));
        }
        String number = typed == null || typed.isBlank()
                ? null
                : typed.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (number != null) {
            String compact = number.replaceAll("[ -]", "");
            if (!compact.matches("[A-Z0-9]{10,34}") || number.length() > 40) {
                throw new InvalidFormException(Map.of(
                        "numero",
                        "Numéro de compte " + bank.getBankName() + " : lettres et chiffres du RIB ou de l'IBAN, 10 à 34"
                                + " caractères (espaces et tirets permis)."));
            }
        }
        String before = bank.getAccountNumber();
        bank.setAccountNumber(number);
        audit.record(
                session.getCallerPrincipal().getName(),
                null,
                AuditAction.BANK_ACCOUNT_CHANGED,
                "SUCCES",
                bank.getCode() + " : " + (before == null ? "(aucun)" : before) + " → "
                        + (number == null ? "(retiré)" : number));
    }
}
