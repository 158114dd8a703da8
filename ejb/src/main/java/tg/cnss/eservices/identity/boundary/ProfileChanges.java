package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.ProfileChangeKind;
import tg.cnss.eservices.identity.control.VerificationCodes;
import tg.cnss.eservices.identity.entity.OneTimeCode;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.FormCheck;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * "Modifier mes infos" (manual, section 9): an employer or insured person asks to change the
 * account's contact details. A new e-mail address or phone number is proved first by a code sent
 * to it; the request then goes to the Immatriculation department, which sees each old value next
 * to the new one, and its approval applies them ({@code ProfileChangeReview}).
 */
@Stateless
@RolesAllowed({"EMPLOYER", "INSURED"})
public class ProfileChanges {

    static final String CONTACT_NAME = "Nom et prénoms du contact";
    static final String EMAIL = "Adresse mail (identifiant)";
    static final String PHONE = "Téléphone";

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileChangeKind kind;

    @Inject
    AccountRepository accounts;

    @Inject
    VerificationCodes codes;

    @Inject
    RequestSubmission submission;

    public ProfileForm current() {
        UserAccount account = caller();
        return new ProfileForm(
                account.getFullName(),
                account.getEmail().value(),
                account.getPhone() == null
                        ? "+228 "
                        : PhoneNumber.parse(account.getPhone()).display());
    }

    public boolean mayChangeContactName() {
        return caller().getRole() == Role.EMPLOYER;
    }

    /** Checks the wanted details and sends a code to each new e-mail address or phone number. */
    public ProfileChangePreview prepare(ProfileForm wanted) {
        UserAccount account = caller();
        List<ProfileChange> changes = changesAllowed(account, wanted);
        String emailTo = null;
        String phoneTo = null;
        for (ProfileChange change : changes) {
            if (change.field().equals("email")) {
                send(account, OneTimeCode.Purpose.NEW_EMAIL, change.newValue(), "codeEmail");
                emailTo = change.newValue();
            } else if (change.field().equals("telephone")) {
                PhoneNumber phone = PhoneNumber.parse(change.newValue());
                send(account, OneTimeCode.Purpose.NEW_PHONE, phone.e164(), "codeTelephone");
                phoneTo = phone.masked();
            }
        }
        return new ProfileChangePreview(changes, emailTo, phoneTo);
    }

    /** Files the request once the codes sent by {@link #prepare} come back; returns its reference. */
    public RequestReceipt submit(ProfileForm wanted, String reason, String emailCode, String phoneCode) {
        UserAccount account = caller();
        List<ProfileChange> changes = changesAllowed(account, wanted);
        FormCheck check = new FormCheck();
        check.maxLength("motif", "Motif", reason, 1000);
        for (ProfileChange change : changes) {
            if (change.field().equals("email")
                    && !codes.check(account, OneTimeCode.Purpose.NEW_EMAIL, change.newValue(), emailCode)) {
                check.fail(
                        "codeEmail",
                        "Code reçu par e-mail : incorrect ou expiré. Vérifiez-le, ou revenez au"
                                + " formulaire pour en recevoir un nouveau.");
            }
            if (change.field().equals("telephone")
                    && !codes.check(
                            account,
                            OneTimeCode.Purpose.NEW_PHONE,
                            PhoneNumber.parse(change.newValue()).e164(),
                            phoneCode)) {
                check.fail(
                        "codeTelephone",
                        "Code reçu par SMS : incorrect ou expiré. Vérifiez-le, ou revenez au"
                                + " formulaire pour en recevoir un nouveau.");
            }
        }
        if (!check.errors().isEmpty()) {
            throw new InvalidFormException(check.errors());
        }
        var payload = new ProfileChangeKind.Changes(
                changes.stream()
                        .map(change -> new ProfileChangeKind.Change(
                                change.field(),
                                change.label(),
                                change.oldValue(),
                                change.newValue(),
                                // the name is not proved by a code; the e-mail and phone were, above
                                !change.field().equals("contactName")))
                        .toList(),
                reason == null ? "" : reason.strip());
        String summary =
                "Modification : " + changes.stream().map(ProfileChange::label).collect(Collectors.joining(", "));
        return submission.submit(
                kind,
                new RequestSubmission.Requester(
                        account.getId(), account.getEmail().value(), account.getFullName(), account.getPhone()),
                summary,
                payload,
                List.of());
    }

    /** The changes, once the details are valid and no other change request of the account is open. */
    private List<ProfileChange> changesAllowed(UserAccount account, ProfileForm wanted) {
        List<ProfileChange> changes = changes(account, wanted);
        if (changes.isEmpty()) {
            throw new InvalidFormException(Map.of("aucune", "Aucune modification : changez au moins une information."));
        }
        openRequest(account).ifPresent(reference -> {
            throw new InvalidFormException(Map.of(
                    "enCours",
                    "Une demande de modification est déjà en cours (" + reference
                            + ") : attendez la décision de la CNSS avant d'en faire une autre."));
        });
        return changes;
    }

    private List<ProfileChange> changes(UserAccount account, ProfileForm wanted) {
        FormCheck check = new FormCheck();
        boolean employer = account.getRole() == Role.EMPLOYER;
        if (employer && check.required("nomContact", CONTACT_NAME, wanted.contactName(), "indiquez-les.")) {
            check.maxLength("nomContact", CONTACT_NAME, wanted.contactName(), 150);
        }
        EmailAddress email = null;
        if (check.required(
                "email", EMAIL, wanted.email(), "indiquez votre adresse e-mail ; elle est votre identifiant.")) {
            check.email("email", EMAIL, wanted.email());
            email = EmailAddress.parseOrNull(wanted.email());
            if (email != null
                    && !email.equals(account.getEmail())
                    && accounts.findByEmail(email).isPresent()) {
                check.fail("email", EMAIL + " : un compte utilise déjà cette adresse.");
            }
        }
        PhoneNumber phone = null;
        String typedPhone = wanted.phone() == null ? "" : wanted.phone().strip();
        if (check.required(
                "telephone",
                PHONE,
                typedPhone.equals("+228") ? "" : typedPhone,
                "indiquez un numéro de portable : les messages de la CNSS y sont envoyés.")) {
            check.phone("telephone", PHONE, typedPhone);
            try {
                phone = PhoneNumber.parse(typedPhone);
            } catch (IllegalArgumentException invalid) {
                phone = null;
            }
            if (phone != null && !phone.e164().equals(account.getPhone()) && !phone.isMobile()) {
                check.fail(
                        "telephone",
                        PHONE + " : un numéro de portable (70, 71, 79, 90 à 93, 96 à 99), qui peut"
                                + " recevoir le code de vérification par SMS.");
            }
        }
        if (!check.errors().isEmpty()) {
            throw new InvalidFormException(check.errors());
        }
        List<ProfileChange> changes = new ArrayList<>();
        if (employer && !wanted.contactName().strip().equals(account.getFullName())) {
            changes.add(new ProfileChange(
                    "contactName",
                    CONTACT_NAME,
                    account.getFullName(),
                    wanted.contactName().strip()));
        }
        if (!Objects.requireNonNull(email).equals(account.getEmail())) {
            changes.add(new ProfileChange("email", EMAIL, account.getEmail().value(), email.value()));
        }
        if (!Objects.requireNonNull(phone).e164().equals(account.getPhone())) {
            changes.add(new ProfileChange(
                    "telephone",
                    PHONE,
                    account.getPhone() == null
                            ? "non renseigné"
                            : PhoneNumber.parse(account.getPhone()).display(),
                    phone.display()));
        }
        return changes;
    }

    private void send(UserAccount account, OneTimeCode.Purpose purpose, String destination, String field) {
        if (codes.recentlySent(account, purpose, destination)) {
            return; // "Modifier" then "Continuer" at once: the code just sent still serves
        }
        Duration wait = codes.send(account, purpose, destination);
        if (!wait.isZero()) {
            throw new InvalidFormException(Map.of(
                    field,
                    "Un code vient d'être envoyé : vous pourrez en demander un" + " autre dans "
                            + VerificationCodes.minutes(wait) + "."));
        }
    }

    private Optional<String> openRequest(UserAccount account) {
        return em.createQuery(
                        "SELECT r FROM ServiceRequest r WHERE r.requesterAccountId = :account AND r.kind = :kind"
                                + " AND r.status IN :open",
                        ServiceRequest.class)
                .setParameter("account", account.getId())
                .setParameter("kind", kind.code())
                .setParameter("open", RequestStatus.open())
                .getResultStream()
                .findFirst()
                .map(request -> request.getReference().toString());
    }

    private UserAccount caller() {
        return accounts.getByEmail(new EmailAddress(session.getCallerPrincipal().getName()));
    }
}
