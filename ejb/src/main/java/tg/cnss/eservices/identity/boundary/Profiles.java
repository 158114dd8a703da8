package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.reference.entity.Prefecture;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;

/**
 * "Le profil de l'utilisateur" (manual, section 9): the online account of the signed-in employer
 * or insured person and what the CNSS registry holds about them, as labelled facts.
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class Profiles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm").withZone(Clocks.LOME);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    EmployerRegistry employers;

    @Inject
    InsuredRegistry insured;

    public Map<String, String> mine() {
        UserAccount account = accounts.getByEmail(
                new EmailAddress(session.getCallerPrincipal().getName()));
        Map<String, String> facts = new LinkedHashMap<>();
        String number = account.getRegistrationNumber();
        if (account.getRole() == Role.EMPLOYER && number != null) {
            EmployerNumber employerNumber = EmployerNumber.parse(number);
            facts.put("N° employeur", employerNumber.display());
            employers.findByNumber(employerNumber).ifPresent(employer -> {
                facts.put("Raison sociale", employer.getName());
                facts.put("Catégorie", employer.getCategory().label());
                Prefecture prefecture = em.find(Prefecture.class, employer.getPrefectureCode());
                facts.put("Préfecture", prefecture == null ? employer.getPrefectureCode() : prefecture.getName());
                facts.put("Ville", employer.getTown());
                facts.put("Quartier", employer.getDistrict());
                facts.put("Effectif déclaré", Integer.toString(employer.getStaffCount()));
            });
            facts.put("Contact du compte", account.getFullName());
        } else if (account.getRole() == Role.INSURED && number != null) {
            InsuredNumber insuredNumber = InsuredNumber.parse(number);
            facts.put("N° assuré", insuredNumber.display());
            insured.findByNumber(insuredNumber)
                    .ifPresentOrElse(
                            person -> {
                                facts.put("Nom", person.getLastName());
                                facts.put("Prénoms", person.getFirstNames());
                                facts.put(
                                        "Date de naissance",
                                        person.getBirthDate().format(DAY));
                                person.getEmployerNumber()
                                        .ifPresent(employer -> facts.put(
                                                "Employeur actuel",
                                                employer.display()
                                                        + employers
                                                                .findByNumber(employer)
                                                                .map(found -> " — " + found.getName())
                                                                .orElse("")));
                            },
                            () -> facts.put("Nom et prénoms", account.getFullName()));
        }
        facts.put("Adresse mail (identifiant)", account.getEmail().value());
        facts.put(
                "Téléphone",
                account.getPhone() == null
                        ? "non renseigné"
                        : PhoneNumber.parse(account.getPhone()).display());
        facts.put("Compte créé le", WHEN.format(account.getCreatedAt()));
        facts.put(
                "Dernière connexion", account.getLastSignInAt() == null ? "" : WHEN.format(account.getLastSignInAt()));
        facts.put("État du compte", account.getState().label());
        return facts;
    }
}
