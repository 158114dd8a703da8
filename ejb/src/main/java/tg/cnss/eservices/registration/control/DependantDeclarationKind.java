package tg.cnss.eservices.registration.control;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.registration.entity.Dependant;
import tg.cnss.eservices.registration.entity.DependantRelation;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.entity.ServiceRequest;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.RequestKind;

/**
 * "Déclaration d'enfant" and "Déclaration de conjoint" (manual, Espace Assurés item 3): Prestations
 * checks the civil-status document joined and, approving, makes the person a dependant of the
 * insured — listed in the profile, counted for family allowances. The agent is shown a person the
 * registry already lists as a dependant (of this insured or of another: both parents may declare
 * the same child).
 */
public abstract class DependantDeclarationKind implements RequestKind<DependantDeclarationKind.Declaration> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The declaration as filed; the marriage and the spouse's own number for a spouse only. */
    public record Declaration(
            String insuredNumber,
            String insuredName,
            DependantRelation relation,
            String lastName,
            String firstNames,
            String sex,
            LocalDate birthDate,
            String birthPlace,
            String certificateNumber,
            String otherParent,
            LocalDate marriageDate,
            String marriagePlace,
            String ownInsuredNumber,
            String occupation) {

        public String fullName() {
            return firstNames + " " + lastName;
        }
    }

    @Inject
    DependantRegistry dependants;

    @Inject
    Clock clock;

    /** Which relation this kind declares. */
    public abstract DependantRelation relation();

    @Override
    public Class<Declaration> payloadType() {
        return Declaration.class;
    }

    @Override
    public List<FieldSection> sections(Declaration declaration) {
        Map<String, String> insured = new LinkedHashMap<>();
        insured.put("N° d'assuré", declaration.insuredNumber());
        insured.put("Nom et prénoms", declaration.insuredName());
        Map<String, String> person = new LinkedHashMap<>();
        person.put("Nom", declaration.lastName());
        person.put("Prénoms", declaration.firstNames());
        person.put("Sexe", "M".equals(declaration.sex()) ? "Masculin" : "Féminin");
        person.put("Date de naissance", declaration.birthDate().format(DAY));
        person.put("Lieu de naissance", declaration.birthPlace());
        if (declaration.relation() == DependantRelation.CHILD) {
            person.put("N° de l'acte de naissance", declaration.certificateNumber());
            person.put("Autre parent", orNone(declaration.otherParent(), "Non précisé"));
            return List.of(new FieldSection("L'assuré", insured), new FieldSection("L'enfant", person));
        }
        person.put("Profession", orNone(declaration.occupation(), "Non précisée"));
        person.put("N° d'assuré du conjoint", orNone(declaration.ownInsuredNumber(), "Aucun"));
        Map<String, String> marriage = new LinkedHashMap<>();
        marriage.put("N° de l'acte de mariage", declaration.certificateNumber());
        marriage.put("Date du mariage", declaration.marriageDate().format(DAY));
        marriage.put("Lieu du mariage", declaration.marriagePlace());
        return List.of(
                new FieldSection("L'assuré", insured),
                new FieldSection("Le conjoint", person),
                new FieldSection("Le mariage", marriage));
    }

    @Override
    public List<String> warnings(ServiceRequest request, Declaration declaration) {
        return dependants.sameAs(declaration).stream()
                .map(known -> known.getInsuredNumber()
                                .equals(InsuredNumber.parse(declaration.insuredNumber())
                                        .canonical())
                        ? "Déjà à la charge de cet assuré depuis la demande " + known.getRequestReference() + "."
                        : "Déjà déclaré(e) à la charge de l'assuré "
                                + InsuredNumber.parse(known.getInsuredNumber()).display() + " (demande "
                                + known.getRequestReference() + ") : les allocations ne sont versées qu'une fois.")
                .toList();
    }

    @Override
    public Optional<String> onApproval(ServiceRequest request, Declaration declaration, Instant at) {
        Dependant added = new Dependant(
                        InsuredNumber.parse(declaration.insuredNumber()),
                        declaration.relation(),
                        declaration.lastName(),
                        declaration.firstNames(),
                        declaration.sex(),
                        declaration.birthDate(),
                        declaration.certificateNumber(),
                        request.getReference().toString(),
                        at)
                .married(
                        declaration.marriageDate(),
                        declaration.ownInsuredNumber() == null
                                ? null
                                : InsuredNumber.parse(declaration.ownInsuredNumber()));
        dependants.add(added);
        return Optional.of(declaration.fullName() + " figure désormais dans votre profil parmi les personnes à"
                + " votre charge"
                + (declaration.relation() == DependantRelation.CHILD
                        ? " ; l'enfant compte pour vos allocations familiales."
                        : "."));
    }

    private static String orNone(String text, String none) {
        return text == null ? none : text;
    }
}
