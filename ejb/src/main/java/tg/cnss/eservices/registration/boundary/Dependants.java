package tg.cnss.eservices.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.registration.control.ChildDeclarationKind;
import tg.cnss.eservices.registration.control.DependantDeclarationKind;
import tg.cnss.eservices.registration.control.DependantRegistry;
import tg.cnss.eservices.registration.control.DependantRules;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.control.SpouseDeclarationKind;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.registration.spi.CallerInsured;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Déclaration d'enfant" and "Déclaration de conjoint" (manual, Espace Assurés item 3): the form
 * checked, its preview, the request to Prestations with the civil-status document joined; and the
 * signed-in person's dependants as Prestations accepted them (for the profile).
 */
@Stateless
@RolesAllowed("INSURED")
public class Dependants {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    SessionContext session;

    @Inject
    CallerInsured callerInsured;

    @Inject
    InsuredRegistry insured;

    @Inject
    DependantRegistry dependants;

    @Inject
    ChildDeclarationKind childKind;

    @Inject
    SpouseDeclarationKind spouseKind;

    @Inject
    RequestSubmission submission;

    @Inject
    Requesters requesters;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DependantLine> mine() {
        return dependants.of(myNumber()).stream()
                .map(dependant -> new DependantLine(
                        dependant.getRelation().label(),
                        dependant.getFirstNames() + " " + dependant.getLastName(),
                        dependant.getSex(),
                        dependant.getBirthDate(),
                        dependant.getMarriageDate(),
                        dependant.getRequestReference()))
                .toList();
    }

    /** The declaration as the preview ("Vérifiez vos réponses") and the agent show it; refused when incomplete. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(
            @NotNull DependantRelation relation, @NotNull DependantForm form, @NotNull List<UploadedFile> files) {
        return kindOf(relation).sections(declarationOf(relation, form, files));
    }

    public RequestReceipt declare(
            @NotNull DependantRelation relation, @NotNull DependantForm form, @NotNull List<UploadedFile> files) {
        DependantDeclarationKind.Declaration declaration = declarationOf(relation, form, files);
        Requesters.Account account = requesters
                .byPrincipal(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new IllegalStateException("Compte introuvable"));
        return submission.submit(
                kindOf(relation),
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                relation.label() + " : " + declaration.fullName() + ", né(e) le "
                        + declaration.birthDate().format(DAY),
                declaration,
                files);
    }

    private DependantDeclarationKind.Declaration declarationOf(
            DependantRelation relation, DependantForm form, List<UploadedFile> files) {
        InsuredNumber number = myNumber();
        Optional<InsuredPerson> person = insured.findByNumber(number);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.LOME));
        Map<String, String> errors = new LinkedHashMap<>(new DependantRules(
                        today, person.map(InsuredPerson::getBirthDate).orElse(null))
                .check(relation, form));
        if (files.isEmpty()) {
            errors.put(
                    "pieces",
                    "Pièces jointes : joignez la copie de l'acte de "
                            + (relation == DependantRelation.CHILD ? "naissance" : "mariage")
                            + " (PDF, JPEG ou PNG).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return new DependantDeclarationKind.Declaration(
                number.display(),
                person.map(p -> p.getFirstNames() + " " + p.getLastName()).orElse(""),
                relation,
                form.lastName().strip().toUpperCase(Locale.FRENCH),
                text(form.firstNames()),
                form.sex(),
                form.birthDate(),
                text(form.birthPlace()),
                text(form.certificateNumber()),
                relation == DependantRelation.CHILD ? text(form.otherParent()) : null,
                relation == DependantRelation.SPOUSE ? form.marriageDate() : null,
                relation == DependantRelation.SPOUSE ? text(form.marriagePlace()) : null,
                relation == DependantRelation.SPOUSE && text(form.ownInsuredNumber()) != null
                        ? InsuredNumber.parse(form.ownInsuredNumber()).display()
                        : null,
                relation == DependantRelation.SPOUSE ? text(form.occupation()) : null);
    }

    private DependantDeclarationKind kindOf(DependantRelation relation) {
        return relation == DependantRelation.CHILD ? childKind : spouseKind;
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private InsuredNumber myNumber() {
        return callerInsured.of(session.getCallerPrincipal().getName());
    }
}
