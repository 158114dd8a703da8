package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.request.spi.FieldSection;

/** "Demande d'immatriculation d'un employeur domestique", filed from the public form. */
@ApplicationScoped
public class DomesticPreRegistrationKind extends PreRegistrationKind<DomesticPreRegistrationKind.Application> {

    /** The form as filed: {@code staffByCategory} maps a staff category's code (BOY … AUTRE) to a count. */
    public record Application(
            String prefectureCode,
            String prefectureName,
            String town,
            String district,
            String nationality,
            String lastName,
            String firstNames,
            String activityDescription,
            String street,
            String sex,
            String email,
            String phone,
            String fax,
            Map<String, Integer> staffByCategory,
            Integer totalStaff)
            implements EmployerApplication {

        @Override
        public EmployerCategory category() {
            return EmployerCategory.DOMESTIC;
        }

        @Override
        public String employerName() {
            return lastName + " " + firstNames;
        }

        @Override
        public String address() {
            return street;
        }
    }

    @Inject
    ReferenceData referenceData;

    @Override
    public String code() {
        return "DOMESTIC_EMPLOYER_REGISTRATION";
    }

    @Override
    public String prefix() {
        return "ED";
    }

    @Override
    public String label() {
        return "Immatriculation employeur de personnel domestique";
    }

    @Override
    public String pluralLabel() {
        return "Immatriculations personnel domestique";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    /** The manual's fields in its order; the staff one category per line, in the reference list's order. */
    @Override
    public List<FieldSection> sections(Application form) {
        Map<String, String> fields = new LinkedHashMap<>();
        location(
                fields,
                form.prefectureName() == null ? form.prefectureCode() : form.prefectureName(),
                form.town(),
                form.district(),
                form.street());
        fields.put("Nationalité", form.nationality());
        fields.put("Nom", form.lastName());
        fields.put("Prénoms", form.firstNames());
        fields.put("Description activité", form.activityDescription());
        fields.put("Sexe", form.sex());
        fields.put("Email", form.email());
        fields.put("Téléphone", phone(form.phone()));
        fields.put("Fax", phone(form.fax()));
        Map<String, Integer> staff = form.staffByCategory() == null ? Map.of() : form.staffByCategory();
        StringBuilder lines = new StringBuilder();
        referenceData.staffCategories().forEach(category -> {
            Integer count = staff.get(category.getCode());
            if (count != null && count > 0) {
                lines.append(lines.isEmpty() ? "" : "\n")
                        .append(category.getCode())
                        .append(" : ")
                        .append(count);
            }
        });
        fields.put("Personnel", lines.toString());
        fields.put("Effectif total du personnel", number(form.totalStaff()));
        return List.of(new FieldSection("Demande d'immatriculation d'un employeur domestique", fields));
    }
}
