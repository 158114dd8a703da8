package tg.cnss.eservices.registration.control;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * What both kinds of employer pre-registration share beyond the common life of a request: the
 * warnings the Immatriculation agent sees (possible duplicates, late registration), and on approval
 * the employer's entry in the registry with its number, which the approval message gives the
 * applicant.
 */
public abstract class PreRegistrationKind<P extends EmployerApplication> implements RequestKind<P> {

    /** The law: an employer registers within 8 days of its first hire (domain-rules.md). */
    static final int DAYS_TO_REGISTER = 8;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EmployerRegistry registry;

    @Override
    public List<String> warnings(ServiceRequest request, P application) {
        List<String> warnings = new ArrayList<>(registry.duplicatesOf(application, request.getId()));
        LocalDate hired = application.firstHiringDate();
        if (hired != null) {
            long days = ChronoUnit.DAYS.between(
                    hired, request.getSubmittedAt().atZone(Clocks.LOME).toLocalDate());
            if (days > DAYS_TO_REGISTER) {
                warnings.add("Immatriculation tardive : premier embauche le " + hired.format(DAY) + ", soit " + days
                        + " jours avant la demande (délai légal : " + DAYS_TO_REGISTER + " jours).");
            }
        }
        return warnings;
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, P application, Instant at) {
        Employer employer =
                registry.register(application, request.getReference().toString(), at);
        return Optional.of("Votre numéro d'employeur : " + employer.getNumber().display() + ". Créez votre compte en"
                + " ligne : page d'accueil des services en ligne, « Inscription sur les Services en ligne » >"
                + " Employeur, avec ce numéro.");
    }

    /** Préfecture, Ville, Quartier, Rue: where both forms place the employer. */
    static void location(Map<String, String> fields, String prefecture, String town, String district, String street) {
        fields.put("Préfecture", prefecture);
        fields.put("Ville", town);
        fields.put("Quartier", district);
        fields.put("Rue", street);
    }

    /** "+228 90 12 34 56", as people write it (stored "+22890123456"). */
    static String phone(String stored) {
        try {
            return stored == null ? null : PhoneNumber.parse(stored).display();
        } catch (IllegalArgumentException notTogolese) {
            return stored;
        }
    }

    static String day(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }

    static String number(Integer count) {
        return count == null ? null : count.toString();
    }
}
