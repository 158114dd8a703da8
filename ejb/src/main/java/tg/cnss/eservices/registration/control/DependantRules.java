package tg.cnss.eservices.registration.control;

import java.time.LocalDate;
import java.util.Map;
import tg.cnss.eservices.platform.control.FormCheck;
import tg.cnss.eservices.registration.boundary.DependantForm;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * What a declaration of a child or a spouse must hold, checked on the server whatever the page did:
 * who the person is (names, sex, birth date and place), the civil-status document's number (the
 * agent checks its scan), and for a spouse the marriage — not in the future, after the spouse's
 * birth. A child born before the insured person could have had one is refused (a typing error in
 * the year, most often). Pure.
 */
public final class DependantRules {

    /** The youngest a parent can be at a child's birth, for the plausibility check of the year. */
    static final int YOUNGEST_PARENT = 12;

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final LocalDate today;
    private final LocalDate insuredBirthDate;

    /** {@code insuredBirthDate}: the declaring person's, when the registry knows it (null otherwise). */
    public DependantRules(LocalDate today, LocalDate insuredBirthDate) {
        this.today = today;
        this.insuredBirthDate = insuredBirthDate;
    }

    public Map<String, String> check(DependantRelation relation, DependantForm form) {
        FormCheck check = new FormCheck();
        String who = relation == DependantRelation.CHILD ? "de l'enfant" : "du conjoint";
        check.required("nom", "Nom", form.lastName(), "indiquez le nom de famille " + who + ".");
        check.maxLength("nom", "Nom", form.lastName(), 80);
        check.required("prenoms", "Prénoms", form.firstNames(), "indiquez les prénoms " + who + ".");
        check.maxLength("prenoms", "Prénoms", form.firstNames(), 100);
        if (!"M".equals(form.sex()) && !"F".equals(form.sex())) {
            check.fail("sexe", "Sexe : choisissez M ou F.");
        }
        if (form.birthDate() == null) {
            check.fail("dateNaissance", "Date de naissance : saisissez la date JJ/MM/AAAA.");
        }
        check.notAfter("dateNaissance", "Date de naissance", form.birthDate(), today);
        check.notBefore("dateNaissance", "Date de naissance", form.birthDate(), EARLIEST);
        check.required("lieuNaissance", "Lieu de naissance", form.birthPlace(), "indiquez la ville ou la localité.");
        check.maxLength("lieuNaissance", "Lieu de naissance", form.birthPlace(), 80);
        String certificate =
                relation == DependantRelation.CHILD ? "N° de l'acte de naissance" : "N° de l'acte de mariage";
        check.required("numeroActe", certificate, form.certificateNumber(), "recopiez le numéro porté sur l'acte.");
        check.maxLength("numeroActe", certificate, form.certificateNumber(), 40);
        if (relation == DependantRelation.CHILD) {
            checkChild(check, form);
        } else {
            checkSpouse(check, form);
        }
        return check.errors();
    }

    private void checkChild(FormCheck check, DependantForm form) {
        check.maxLength("autreParent", "Autre parent", form.otherParent(), 150);
        if (form.birthDate() != null
                && insuredBirthDate != null
                && form.birthDate().isBefore(insuredBirthDate.plusYears(YOUNGEST_PARENT))) {
            check.fail(
                    "dateNaissance",
                    "Date de naissance : l'enfant serait né avant vos " + YOUNGEST_PARENT + " ans ; vérifiez l'année.");
        }
    }

    private void checkSpouse(FormCheck check, DependantForm form) {
        if (form.marriageDate() == null) {
            check.fail("dateMariage", "Date du mariage : saisissez la date JJ/MM/AAAA portée sur l'acte.");
        }
        check.notAfter("dateMariage", "Date du mariage", form.marriageDate(), today);
        if (form.marriageDate() != null
                && form.birthDate() != null
                && !form.marriageDate().isAfter(form.birthDate())) {
            check.fail("dateMariage", "Date du mariage : elle doit suivre la date de naissance du conjoint.");
        }
        check.required("lieuMariage", "Lieu du mariage", form.marriagePlace(), "indiquez la mairie ou la localité.");
        check.maxLength("lieuMariage", "Lieu du mariage", form.marriagePlace(), 80);
        check.maxLength("profession", "Profession", form.occupation(), 80);
        if (form.ownInsuredNumber() != null && !form.ownInsuredNumber().isBlank()) {
            try {
                InsuredNumber.parse(form.ownInsuredNumber());
            } catch (InvalidNumberException invalid) {
                check.fail("numeroAssureConjoint", "N° d'assuré du conjoint : " + invalid.getMessage());
            }
        }
    }
}
