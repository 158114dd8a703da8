package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * What the Immatriculation department sees and does beyond the common life of a request: the
 * warnings on a pre-registration (possible duplicates, late registration), and on approval the
 * employer's entry in the registry with its number, which the approval message gives the applicant.
 */
@Dependent
public class PreRegistrationReview {

    /** The law: an employer registers within 8 days of its first hire (domain-rules.md). */
    static final int DAYS_TO_REGISTER = 8;

    private static final Set<RequestKind> KINDS =
            Set.of(RequestKind.EMPLOYER_REGISTRATION, RequestKind.DOMESTIC_EMPLOYER_REGISTRATION);

    @Inject
    EmployerRegistry registry;

    public List<String> warnings(ServiceRequest request) {
        if (!KINDS.contains(request.getKind())) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>(registry.duplicatesOf(request));
        firstHiringDate(request).ifPresent(hired -> {
            long days = ChronoUnit.DAYS.between(
                    hired, request.getSubmittedAt().atZone(Clocks.LOME).toLocalDate());
            if (days > DAYS_TO_REGISTER) {
                warnings.add("Immatriculation tardive : premier embauche le "
                        + hired.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", soit " + days
                        + " jours avant la demande (délai légal : " + DAYS_TO_REGISTER + " jours).");
            }
        });
        return warnings;
    }

    /** For a pre-registration, registers the employer and returns what the applicant must be told; else null. */
    public String onApproval(ServiceRequest request, Instant at) {
        if (!KINDS.contains(request.getKind())) {
            return null;
        }
        Employer employer = registry.registerFrom(request, at);
        return "Votre numéro d'employeur : " + employer.getNumber().display() + ". Créez votre compte en ligne :"
                + " page d'accueil des services en ligne, « Inscription sur les Services en ligne » > Employeur,"
                + " avec ce numéro.";
    }

    private static java.util.Optional<LocalDate> firstHiringDate(ServiceRequest request) {
        try (var reader = Json.createReader(new StringReader(request.getPayload()))) {
            var json = reader.readObject();
            return json.containsKey("firstHiringDate")
                    ? java.util.Optional.of(LocalDate.parse(json.getString("firstHiringDate")))
                    : java.util.Optional.empty();
        }
    }
}
