package tg.cnss.eservices.registration.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import tg.cnss.eservices.platform.control.FormCheck;
import tg.cnss.eservices.registration.boundary.DomesticRegistrationForm;
import tg.cnss.eservices.registration.boundary.EnterpriseRegistrationForm;

/**
 * What the two pre-registration forms must hold, checked on the server whatever the page did:
 * required fields of the manual, Togolese phone numbers, e-mail shape, no date in the future, a
 * préfecture of the reference list, and for domestic employers a total staff equal to the sum of
 * the categories.
 */
public final class PreRegistrationRules {

    static final int MAX_STAFF = 1_000_000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final LocalDate today;
    private final Set<String> prefectureCodes;
    private final Set<String> staffCategories;

    public PreRegistrationRules(LocalDate today, Set<String> prefectureCodes, Set<String> staffCategories) {
        this.today = today;
        this.prefectureCodes = prefectureCodes;
        this.staffCategories = staffCategories;
    }

    public Map<String, String> check(EnterpriseRegistrationForm form) {
        FormCheck check = new FormCheck();
        check.required("denomination", "Dénomination", form.denomination(), "indiquez le nom de l'entreprise.");
        check.maxLength("denomination", "Dénomination", form.denomination(), 150);
        check.maxLength("sigle", "Sigle", form.acronym(), 50);
        check.maxLength("carteOperateur", "N° Carte Opérateur économique", form.operatorCard(), 30);
        location(check, form.prefectureCode(), form.town(), form.district());
        check.maxLength("rue", "Rue", form.street(), 100);
        check.required(
                "boitePostale", "Boite postale", form.poBox(), "indiquez la boîte postale (par exemple BP 69 Lomé).");
        check.maxLength("boitePostale", "Boite postale", form.poBox(), 50);
        check.maxLength("rccm", "N° Registre de commerce", form.tradeRegister(), 40);
        check.required("email", "Email", form.email(), "indiquez l'adresse e-mail de l'entreprise.");
        check.email("email", "Email", form.email());
        requiredPhone(check, form.phone());
        check.phone("fax", "Fax", form.fax());
        check.notAfter("dateJournalOfficiel", "Date journal officiel", form.officialJournalDate(), today);
        check.notBefore("dateJournalOfficiel", "Date journal officiel", form.officialJournalDate(), EARLIEST);
        if (form.firstHiringDate() == null) {
            check.fail(
                    "datePremierEmbauche",
                    "Date premier embauche : indiquez la date (JJ/MM/AAAA) de votre premier" + " recrutement.");
        }
        check.notAfter("datePremierEmbauche", "Date premier embauche", form.firstHiringDate(), today);
        check.notBefore("datePremierEmbauche", "Date premier embauche", form.firstHiringDate(), EARLIEST);
        staff(check, form.totalStaff());
        check.required("adresseSiege", "Adresse siège", form.headOfficeAddress(), "indiquez l'adresse du siège.");
        check.maxLength("adresseSiege", "Adresse siège", form.headOfficeAddress(), 200);
        return check.errors();
    }

    public Map<String, String> check(DomesticRegistrationForm form) {
        FormCheck check = new FormCheck();
        location(check, form.prefectureCode(), form.town(), form.district());
        check.required("nationalite", "Nationalité", form.nationality(), "indiquez votre nationalité.");
        check.maxLength("nationalite", "Nationalité", form.nationality(), 60);
        check.required("nom", "Nom", form.lastName(), "indiquez votre nom de famille.");
        check.maxLength("nom", "Nom", form.lastName(), 80);
        check.required("prenoms", "Prénoms", form.firstNames(), "indiquez vos prénoms.");
        check.maxLength("prenoms", "Prénoms", form.firstNames(), 100);
        check.maxLength("descriptionActivite", "Description activité", form.activityDescription(), 300);
        check.maxLength("rue", "Rue", form.street(), 100);
        if (!"M".equals(form.sex()) && !"F".equals(form.sex())) {
            check.fail("sexe", "Sexe : choisissez M ou F.");
        }
        check.email("email", "Email", form.email());
        requiredPhone(check, form.phone());
        check.phone("fax", "Fax", form.fax());
        int sum = 0;
        Map<String, Integer> counts = form.staffByCategory() == null ? Map.of() : form.staffByCategory();
        for (var entry : counts.entrySet()) {
            if (!staffCategories.contains(entry.getKey())) {
                check.fail("personnel", "Personnel : catégorie inconnue " + entry.getKey() + ".");
            } else if (entry.getValue() != null && (entry.getValue() < 0 || entry.getValue() > 1000)) {
                check.fail(
                        "personnel_" + entry.getKey(),
                        "Personnel " + entry.getKey() + " : un nombre entre 0 et 1 000.");
            } else if (entry.getValue() != null) {
                sum += entry.getValue();
            }
        }
        staff(check, form.totalStaff());
        if (form.totalStaff() != null && form.totalStaff() >= 1 && form.totalStaff() != sum) {
            check.fail(
                    "effectif",
                    "Effectif total du personnel : " + form.totalStaff() + " ne correspond pas au total"
                            + " des catégories (" + sum + "). Corrigez l'un ou l'autre.");
        }
        return check.errors();
    }

    private void location(FormCheck check, String prefectureCode, String town, String district) {
        if (prefectureCode == null || !prefectureCodes.contains(prefectureCode)) {
            check.fail("prefecture", "Préfecture : choisissez votre préfecture dans la liste.");
        }
        check.required("ville", "Ville", town, "indiquez la ville (les villes de la préfecture sont proposées).");
        check.maxLength("ville", "Ville", town, 80);
        check.required("quartier", "Quartier", district, "indiquez le quartier.");
        check.maxLength("quartier", "Quartier", district, 80);
    }

    private static void requiredPhone(FormCheck check, String phone) {
        if (phone == null || phone.isBlank() || phone.strip().equals("+228")) {
            check.fail(
                    "telephone",
                    "Téléphone : indiquez un numéro où la CNSS peut vous joindre (+228 suivi de" + " 8 chiffres).");
        }
        check.phone("telephone", "Téléphone", phone);
    }

    private static void staff(FormCheck check, Integer total) {
        if (total == null || total < 1 || total > MAX_STAFF) {
            check.fail("effectif", "Effectif total du personnel : indiquez le nombre de salariés (au moins 1).");
        }
    }
}
