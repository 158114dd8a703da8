package tg.cnss.eservices.registration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Demande d'immatriculation travailleur", filed by the employer from his space or by the worker
 * himself from the public form (a month after his hiring). The Immatriculation agent sees the
 * possible duplicates and chooses: link the worker to an insured number already known, or give
 * him a new one; either way the worker joins the employer's roster.
 */
@ApplicationScoped
public class WorkerRegistrationKind implements RequestKind<WorkerRegistrationKind.Application> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The form as filed: names as typed (last name in capitals), phone as +228…, the reference
     * lists' labels kept beside their codes, the employer's name as the registry had it.
     */
    public record Application(
            boolean filedByWorker,
            String employerNumber,
            String employerName,
            String lastName,
            String firstNames,
            String sex,
            LocalDate birthDate,
            String birthPlace,
            String nationality,
            String civilStatusType,
            String civilStatusLabel,
            String civilStatusNumber,
            LocalDate civilStatusDate,
            String civilStatusPlace,
            String idDocumentType,
            String idDocumentLabel,
            String idDocumentNumber,
            String address,
            String phone,
            String email,
            LocalDate hireDate,
            String job,
            long monthlyPay,
            String contractType,
            String insuredNumber) {

        public String fullName() {
            return lastName + " " + firstNames;
        }
    }

    @Inject
    WorkerRegistry registry;

    @Override
    public String code() {
        return "WORKER_REGISTRATION";
    }

    @Override
    public String prefix() {
        return "IT";
    }

    @Override
    public String label() {
        return "Immatriculation travailleur";
    }

    @Override
    public String pluralLabel() {
        return "Immatriculations de travailleurs";
    }

    @Override
    public Class<Application> payloadType() {
        return Application.class;
    }

    @Override
    public List<FieldSection> sections(Application form) {
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put("Nom", form.lastName());
        worker.put("Prénoms", form.firstNames());
        worker.put("Sexe", form.sex());
        worker.put("Date de naissance", day(form.birthDate()));
        worker.put("Lieu de naissance", form.birthPlace());
        worker.put("Nationalité", form.nationality());
        worker.put("N° d'assuré déjà attribué", form.insuredNumber());
        Map<String, String> civilStatus = new LinkedHashMap<>();
        civilStatus.put("Pièce d'état civil", form.civilStatusLabel());
        civilStatus.put("N° de l'acte", form.civilStatusNumber());
        civilStatus.put("Date de l'acte", day(form.civilStatusDate()));
        civilStatus.put("Lieu de l'acte", form.civilStatusPlace());
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("Type de pièce d'identité", form.idDocumentLabel());
        identity.put("N° de la pièce", form.idDocumentNumber());
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("Adresse", form.address());
        contact.put("Téléphone", PreRegistrationKind.phone(form.phone()));
        contact.put("Email", form.email());
        Map<String, String> employment = new LinkedHashMap<>();
        employment.put("Employeur", form.employerNumber() + " — " + form.employerName());
        employment.put("Date d'embauche", day(form.hireDate()));
        employment.put("Emploi occupé", form.job());
        employment.put("Salaire brut mensuel", Francs.of(form.monthlyPay()).display());
        employment.put(
                "Type de contrat", ContractType.valueOf(form.contractType()).label());
        employment.put("Demande déposée par", form.filedByWorker() ? "le travailleur lui-même" : "l'employeur");
        return List.of(
                new FieldSection("Identité du travailleur", worker),
                new FieldSection("Pièce d'état civil", civilStatus),
                new FieldSection("Pièce d'identité", identity),
                new FieldSection("Coordonnées du travailleur", contact),
                new FieldSection("Emploi", employment));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Application form) {
        List<String> warnings = new java.util.ArrayList<>();
        WorkerRegistrationRules.lateness(
                        form.hireDate(),
                        request.getSubmittedAt().atZone(Clocks.LOME).toLocalDate())
                .ifPresent(warnings::add);
        warnings.addAll(registry.duplicatesOf(form, request.getId()));
        return warnings;
    }

    @Override
    public List<ApprovalOption> approvalOptions(ServiceRequest request, Application form) {
        return registry.approvalOptionsOf(form);
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Application form, Instant at, String option) {
        return Optional.of(registry.register(form, request.getReference().toString(), option, at));
    }

    static String day(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }
}
