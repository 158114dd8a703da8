package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.request.spi.FieldSection;

/** "Demande d'immatriculation d'un employeur" (GE &amp; PME), filed from the public form. */
@ApplicationScoped
public class EnterprisePreRegistrationKind extends PreRegistrationKind<EnterprisePreRegistrationKind.Application> {

    /** The form as filed: e-mail and phone normalised, the prefecture's name kept beside its code. */
    public record Application(
            String denomination,
            String acronym,
            String operatorCard,
            String prefectureCode,
            String prefectureName,
            String town,
            String district,
            String street,
            String poBox,
            String tradeRegister,
            String email,
            String phone,
            String fax,
            LocalDate officialJournalDate,
            LocalDate firstHiringDate,
            Integer totalStaff,
            String headOfficeAddress)
            implements EmployerApplication {

        @Override
        public EmployerCategory category() {
            return EmployerCategory.ENTERPRISE;
        }

        @Override
        public String employerName() {
            return denomination;
        }

        @Override
        public String address() {
            return headOfficeAddress;
        }
    }

    @Override
    public String code() {
        return "EMPLOYER_REGISTRATION";
    }

    @Override
    public String prefix() {
        return "IE";
    }

    @Override
    public String label() {
        return "Immatriculation employeur GE & PME";
    }

    @Override
    public String pluralLabel() {
        return "Immatriculations GE & PME";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    /** The manual's fields in its order. */
    @Override
    public List<FieldSection> sections(Application form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Dénomination", form.denomination());
        fields.put("Sigle", form.acronym());
        fields.put("N° Carte Opérateur économique", form.operatorCard());
        location(
                fields,
                form.prefectureName() == null ? form.prefectureCode() : form.prefectureName(),
                form.town(),
                form.district(),
                form.street());
        fields.put("Boite postale", form.poBox());
        fields.put("N° Registre de commerce", form.tradeRegister());
        fields.put("Email", form.email());
        fields.put("Téléphone", phone(form.phone()));
        fields.put("Fax", phone(form.fax()));
        fields.put("Date journal officiel", day(form.officialJournalDate()));
        fields.put("Date premier embauche", day(form.firstHiringDate()));
        fields.put("Effectif total du personnel", number(form.totalStaff()));
        fields.put("Adresse siège", form.headOfficeAddress());
        return List.of(new FieldSection("Demande d'immatriculation d'un employeur", fields));
    }
}
