package tg.cnss.eservices.benefit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tg.cnss.eservices.benefit.control.InsuredEmployers;
import tg.cnss.eservices.benefit.control.OccupationalDiseaseKind;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.OccupationalDisease;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.spi.FieldSection;

/**
 * "Déclaration de maladie professionnelle": the disease chosen from the list (reference data, with
 * its table number), the work that exposed the person, the first medical finding, the medical
 * certificate joined; preview, declaration to Risques professionnels.
 */
@Stateless
@RolesAllowed("INSURED")
public class OccupationalDiseases {

    @Resource
    SessionContext session;

    @Inject
    BenefitDesk desk;

    @Inject
    OccupationalDiseaseKind kind;

    @Inject
    InsuredEmployers insuredEmployers;

    @Inject
    ReferenceData referenceData;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OccupationalDiseaseStart start() {
        BenefitDesk.Claimant claimant = me();
        List<OccupationalDisease> list = referenceData.occupationalDiseases();
        Map<String, List<OccupationalDiseaseStart.Disease>> groups = new LinkedHashMap<>();
        list.forEach(disease -> groups.computeIfAbsent(disease.getGroupLabel(), label -> new ArrayList<>())
                .add(new OccupationalDiseaseStart.Disease(disease.getTableNumber(), disease.getLabel())));
        return new OccupationalDiseaseStart(
                claimant.number().display(),
                claimant.fullName(),
                insuredEmployers.of(claimant.number(), desk.today()),
                groups.entrySet().stream()
                        .map(group -> new OccupationalDiseaseStart.Group(group.getKey(), List.copyOf(group.getValue())))
                        .toList(),
                list.isEmpty() ? null : list.get(0).getSource());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull OccupationalDiseaseForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(declarationOf(me(), form, files));
    }

    public RequestReceipt submit(@NotNull OccupationalDiseaseForm form, @NotNull List<UploadedFile> files) {
        BenefitDesk.Claimant claimant = me();
        OccupationalDiseaseKind.Declaration declaration = declarationOf(claimant, form, files);
        return desk.submit(
                kind,
                claimant,
                "Maladie professionnelle, tableau " + declaration.tableNumber() + " — " + declaration.employerName(),
                declaration,
                files);
    }

    private OccupationalDiseaseKind.Declaration declarationOf(
            BenefitDesk.Claimant claimant, OccupationalDiseaseForm form, List<UploadedFile> files) {
        LocalDate today = desk.today();
        Map<String, String> errors = new LinkedHashMap<>();
        InsuredEmployers.Choice employer = insuredEmployers.of(claimant.number(), today).stream()
                .filter(choice -> choice.number().equals(form.employer()))
                .findFirst()
                .orElse(null);
        if (employer == null) {
            errors.put(
                    "employeur",
                    "Employeur : choisissez celui pour qui vous faisiez les travaux qui ont exposé au" + " risque.");
        }
        String job = BenefitDesk.sized(form.job(), 2, 80, "emploi", "Emploi occupé", errors);
        OccupationalDisease disease = referenceData.occupationalDiseases().stream()
                .filter(entry -> entry.getTableNumber().equals(form.tableNumber()))
                .findFirst()
                .orElse(null);
        if (disease == null) {
            errors.put("maladie", "Maladie : choisissez-la dans la liste (le certificat médical la nomme).");
        }
        String exposure =
                BenefitDesk.sized(form.exposure(), 20, 2000, "exposition", "Travaux exposant au risque", errors);
        if (form.exposedFrom() == null || form.exposedFrom().isAfter(today)) {
            errors.put("expositionDebut", "Exposition, depuis le : une date passée (JJ/MM/AAAA).");
        } else if (form.exposedTo() != null
                && (form.exposedTo().isBefore(form.exposedFrom())
                        || form.exposedTo().isAfter(today))) {
            errors.put(
                    "expositionFin",
                    "Exposition, jusqu'au : entre le début de l'exposition et aujourd'hui (vide si"
                            + " elle dure encore).");
        }
        if (form.firstFinding() == null || form.firstFinding().isAfter(today)) {
            errors.put("constatation", "Première constatation médicale : la date du certificat (JJ/MM/AAAA).");
        }
        String doctor =
                BenefitDesk.sized(form.doctor(), 2, 120, "medecin", "Médecin ayant constaté la maladie", errors);
        if (files.isEmpty()) {
            errors.put("pieces", "Pièces jointes : joignez le certificat médical (PDF, JPEG ou PNG).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return new OccupationalDiseaseKind.Declaration(
                claimant.number().display(),
                claimant.fullName(),
                claimant.birthDate(),
                employer.number(),
                employer.name(),
                job,
                disease.getTableNumber(),
                disease.getLabel(),
                disease.getSource(),
                exposure,
                form.exposedFrom(),
                form.exposedTo(),
                form.firstFinding(),
                doctor);
    }

    private BenefitDesk.Claimant me() {
        return desk.claimant(session.getCallerPrincipal().getName());
    }
}
