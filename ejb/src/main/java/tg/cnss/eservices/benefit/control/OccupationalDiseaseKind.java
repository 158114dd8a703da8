package tg.cnss.eservices.benefit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Déclaration de maladie professionnelle" (manual, Espace Assurés, Faire une déclaration): the
 * disease chosen from the list (its table number, the list it comes from), the work that exposed
 * the person and how long, the first medical finding, the medical certificate. To Risques
 * professionnels.
 */
@ApplicationScoped
public class OccupationalDiseaseKind implements RequestKind<OccupationalDiseaseKind.Declaration> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The declaration as filed. */
    public record Declaration(
            String insuredNumber,
            String fullName,
            LocalDate birthDate,
            String employerNumber,
            String employerName,
            String job,
            String tableNumber,
            String disease,
            String listSource,
            String exposure,
            LocalDate exposedFrom,
            LocalDate exposedTo,
            LocalDate firstFinding,
            String doctor) {}

    @Override
    public String code() {
        return "OCCUPATIONAL_DISEASE";
    }

    @Override
    public String prefix() {
        return "MP";
    }

    @Override
    public String label() {
        return "Déclaration de maladie professionnelle";
    }

    @Override
    public String pluralLabel() {
        return "Maladies professionnelles";
    }

    @Override
    public Class<Declaration> payloadType() {
        return Declaration.class;
    }

    @Override
    public List<FieldSection> sections(Declaration declaration) {
        Map<String, String> insured = new LinkedHashMap<>();
        insured.put("N° d'assuré", declaration.insuredNumber());
        insured.put("Nom et prénoms", declaration.fullName());
        insured.put(
                "Date de naissance",
                declaration.birthDate() == null
                        ? "Non connue"
                        : declaration.birthDate().format(DAY));
        insured.put("Employeur", declaration.employerName() + " (" + declaration.employerNumber() + ")");
        insured.put("Emploi occupé", declaration.job());
        Map<String, String> disease = new LinkedHashMap<>();
        disease.put("Maladie (tableau)", declaration.tableNumber() + " — " + declaration.disease());
        disease.put("Liste de référence", declaration.listSource());
        disease.put("Travaux exposant au risque", declaration.exposure());
        disease.put(
                "Période d'exposition",
                "du " + declaration.exposedFrom().format(DAY) + " "
                        + (declaration.exposedTo() == null
                                ? "à ce jour"
                                : "au " + declaration.exposedTo().format(DAY)));
        disease.put("Première constatation médicale", declaration.firstFinding().format(DAY));
        disease.put("Médecin", declaration.doctor());
        return List.of(new FieldSection("L'assuré", insured), new FieldSection("La maladie", disease));
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Declaration declaration, Instant at) {
        return Optional.of("La CNSS reconnaît l'origine professionnelle de votre maladie (tableau "
                + declaration.tableNumber() + "). Le service des Risques professionnels vous dira la suite :"
                + " soins pris en charge et, s'il y a lieu, indemnités ou rente.");
    }
}
