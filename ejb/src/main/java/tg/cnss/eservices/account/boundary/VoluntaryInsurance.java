package tg.cnss.eservices.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.account.control.VoluntaryInsuranceKind;
import tg.cnss.eservices.account.control.VoluntaryInsuranceRules;
import tg.cnss.eservices.account.control.VoluntaryMemberships;
import tg.cnss.eservices.kernel.Eligibility;
import tg.cnss.eservices.kernel.Francs;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.reference.boundary.ReferenceData;
import tg.cnss.eservices.reference.entity.IdDocumentKind;
import tg.cnss.eservices.reference.entity.IdDocumentType;
import tg.cnss.eservices.reference.entity.MinimumWage;
import tg.cnss.eservices.registration.control.InsuredCaller;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestRepository;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.spi.FieldSection;
import tg.cnss.eservices.request.spi.Requesters;

/**
 * "Assurance volontaire" (manual, Espace Assurés item 1): the conditions checked and explained
 * before the form, from the account where it can and from two answers otherwise; the form checked
 * (income not below the SMIG, an ID document of the list, the ID and payslips joined), its preview,
 * the request to Prestations — one at a time, none once a membership is open; the membership, with
 * how to pay it.
 */
@Stateless
@RolesAllowed("INSURED")
public class VoluntaryInsurance {

    /** The ID document's scan and the payslips (or the salary certificate), at least. */
    static final int FILES_REQUIRED = 2;

    private static final long MAX_INCOME = 100_000_000L;

    @Resource
    SessionContext session;

    @Inject
    InsuredCaller caller;

    @Inject
    VoluntaryMemberships memberships;

    @Inject
    VoluntaryInsuranceKind kind;

    @Inject
    ReferenceData referenceData;

    @Inject
    RequestSubmission submission;

    @Inject
    RequestRepository requests;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public VoluntarySituation situation() {
        InsuredNumber number = myNumber();
        LocalDate today = today();
        return new VoluntarySituation(
                number.display(),
                myFullName(),
                VoluntaryInsuranceRules.suggestedLeavingDay(kind.countedMonths(number)),
                memberships
                        .openOf(number)
                        .map(open -> new VoluntarySituation.Membership(
                                open.getFirstMonth(),
                                open.getMonthlyIncome(),
                                open.getRatePercent(),
                                open.getMonthlyContribution(),
                                open.getRequestReference()))
                        .orElse(null),
                requests.openOf(myAccount().id(), kind.code())
                        .map(request -> request.getReference().toString())
                        .orElse(null),
                smigOn(today),
                memberships.rateOn(today),
                identityDocuments().stream()
                        .map(document -> new VoluntarySituation.Option(document.getCode(), document.getLabel()))
                        .toList());
    }

    /** The conditions with the two answers given (either may be null: not answered yet). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Eligibility eligibility(LocalDate leftWorkOn, Boolean livesInTogo) {
        InsuredNumber number = myNumber();
        return VoluntaryInsuranceRules.of(new VoluntaryInsuranceRules.Facts(
                today(), birthDateOf(number), kind.countedMonths(number), leftWorkOn, livesInTogo));
    }

    /** The request as the preview ("Vérifiez vos réponses") and the agent show it; refused when incomplete. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldSection> preview(@NotNull VoluntaryForm form, @NotNull List<UploadedFile> files) {
        return kind.sections(applicationOf(form, files));
    }

    public RequestReceipt submit(@NotNull VoluntaryForm form, @NotNull List<UploadedFile> files) {
        VoluntaryInsuranceKind.Application application = applicationOf(form, files);
        Requesters.Account account = myAccount();
        return submission.submit(
                kind,
                new RequestSubmission.Requester(account.id(), account.email(), account.fullName(), null),
                "Assurance volontaire — revenu déclaré "
                        + Francs.of(application.monthlyIncome()).display(),
                application,
                files);
    }

    private VoluntaryInsuranceKind.Application applicationOf(VoluntaryForm form, List<UploadedFile> files) {
        InsuredNumber number = myNumber();
        LocalDate today = today();
        Map<String, String> errors = new LinkedHashMap<>();
        memberships
                .openOf(number)
                .ifPresent(open -> errors.put(
                        "demande",
                        "Votre assurance volontaire est déjà ouverte (demande " + open.getRequestReference() + ")."));
        requests.openOf(myAccount().id(), kind.code())
                .ifPresent(open -> errors.put(
                        "demande",
                        "Votre demande " + open.getReference() + " est en cours de traitement : attendez sa réponse."));
        eligibility(form.leftWorkOn(), form.livesInTogo()).checks().stream()
                .filter(check -> !check.met())
                .forEach(
                        check -> errors.put("condition-" + errors.size(), check.label() + " : " + check.explanation()));
        long smig = smigOn(today);
        Long income = null;
        if (form.monthlyIncome() == null || form.monthlyIncome().isBlank()) {
            errors.put("revenu", "Revenu mensuel déclaré : indiquez-le en francs CFA, sans décimale.");
        } else {
            try {
                income = Francs.parse(form.monthlyIncome()).value();
            } catch (IllegalArgumentException unreadable) {
                errors.put("revenu", "Revenu mensuel déclaré : " + unreadable.getMessage());
            }
        }
        if (income != null && income < smig) {
            errors.put(
                    "revenu",
                    "Revenu mensuel déclaré : au moins le SMIG, "
                            + Francs.of(smig).display() + " par mois.");
        } else if (income != null && income > MAX_INCOME) {
            errors.put("revenu", "Revenu mensuel déclaré : vérifiez le montant, il paraît trop élevé.");
        }
        Optional<IdDocumentType> document = identityDocuments().stream()
                .filter(type -> type.getCode().equals(form.idDocumentType()))
                .findFirst();
        if (document.isEmpty()) {
            errors.put("pieceType", "Type de pièce : choisissez-le dans la liste (CNI, passeport…).");
        }
        String idNumber =
                form.idDocumentNumber() == null ? "" : form.idDocumentNumber().strip();
        if (idNumber.isEmpty() || idNumber.length() > 40) {
            errors.put(
                    "pieceNumero", "N° de la pièce : recopiez le numéro porté sur la pièce (40 caractères au plus).");
        }
        if (files.size() < FILES_REQUIRED) {
            errors.put(
                    "pieces",
                    "Pièces jointes : joignez la copie de la pièce d'identité choisie et vos trois derniers bulletins"
                            + " de paie (ou un certificat de salaire), en deux fichiers au moins.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        BigDecimal rate = memberships.rateOn(today);
        return new VoluntaryInsuranceKind.Application(
                number.display(),
                myFullName(),
                birthDateOf(number),
                form.leftWorkOn(),
                form.livesInTogo(),
                income,
                rate,
                VoluntaryInsuranceRules.contribution(Francs.of(income), rate).value(),
                document.orElseThrow().getLabel(),
                idNumber);
    }

    private List<IdDocumentType> identityDocuments() {
        return referenceData.idDocumentTypes().stream()
                .filter(document -> document.getKind() == IdDocumentKind.IDENTITY)
                .toList();
    }

    private long smigOn(LocalDate day) {
        return referenceData
                .minimumWageOn(day)
                .map(MinimumWage::getMonthlyAmount)
                .orElseThrow(() -> new IllegalStateException("Aucun SMIG en vigueur dans les données de référence"));
    }

    private LocalDate birthDateOf(InsuredNumber number) {
        return caller.person(number).map(InsuredPerson::getBirthDate).orElse(null);
    }

    private String myFullName() {
        return caller.fullName(me());
    }

    private Requesters.Account myAccount() {
        return caller.account(me());
    }

    private InsuredNumber myNumber() {
        return caller.number(me());
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }
}
