package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tg.cnss.eservices.identity.control.AccountActivationKind;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.PasswordPolicy;
import tg.cnss.eservices.identity.control.SignUpCompletion;
import tg.cnss.eservices.identity.control.SignUpLimits;
import tg.cnss.eservices.identity.control.SignUpMessages;
import tg.cnss.eservices.identity.control.SignUpNumbers;
import tg.cnss.eservices.identity.control.VerificationCodes;
import tg.cnss.eservices.identity.entity.PendingSignUp;
import tg.cnss.eservices.identity.entity.PendingSignUp.CodeCheck;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.control.Clocks;
import tg.cnss.eservices.platform.control.FormCheck;
import tg.cnss.eservices.platform.control.PublicFormLimits;
import tg.cnss.eservices.platform.control.Secrets;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.registration.entity.InvalidNumberException;
import tg.cnss.eservices.request.spi.Payloads;

/**
 * "Inscription sur les Services en ligne" (manual II.b): the registration number is checked
 * against the registry, the form against the rules (and, for an insured person, against the
 * registry without revealing it), then a code goes by SMS and e-mail; the right code makes the
 * account, waiting for the Immatriculation department to activate it.
 */
@Stateless
@PermitAll
public class SignUps {

    @Inject
    PublicFormLimits publicForms;

    @Inject
    SignUpLimits limits;

    @Inject
    SignUpNumbers numbers;

    @Inject
    SignUpMessages messages;

    @Inject
    SignUpCompletion completion;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH'h'mm").withZone(Clocks.LOME);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    EmployerRegistry employers;

    @Inject
    InsuredRegistry insured;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * Step 1 for employers: whether to go on to the form. Nothing of the registry is shown (the
     * company's name is typed, then compared), and a number that already has an account gets the
     * same answer as one that has none (see {@link #start}). At most
     * {@link SignUpLimits#MAX_NUMBER_CHECKS_PER_ADDRESS_PER_HOUR} numbers an hour from one client address.
     */
    public void checkEmployerNumber(String typedNumber, String address) {
        limits.refuseTooManyNumberChecksFrom(address);
        EmployerNumber number = SignUpNumbers.employerNumber(typedNumber);
        audit.record(number.canonical(), address, AuditAction.SIGN_UP_NUMBER_CHECKED, "SUCCES", "employeur");
        numbers.registeredEmployer(number);
    }

    /** Step 1 for insured persons: the same. */
    public void checkInsuredNumber(String typedNumber, String address) {
        limits.refuseTooManyNumberChecksFrom(address);
        InsuredNumber number = SignUpNumbers.insuredNumber(typedNumber);
        audit.record(number.canonical(), address, AuditAction.SIGN_UP_NUMBER_CHECKED, "SUCCES", "assuré");
        numbers.registeredInsured(number);
    }

    public String startEmployer(EmployerSignUpForm form, String address) {
        EmployerNumber number = SignUpNumbers.employerNumber(form.employerNumber());
        Employer employer = numbers.registeredEmployer(number);
        FormCheck check = new FormCheck();
        check.required(
                "raisonSociale",
                "Raison Sociale",
                form.companyName(),
                "indiquez le nom de l'entreprise tel qu'il figure sur son attestation d'immatriculation.");
        check.required(
                "telephoneEntreprise",
                "Téléphone de l'entreprise",
                blankIfPrefix(form.companyPhone()),
                "indiquez le numéro de l'entreprise (+228 suivi de 8 chiffres).");
        check.phone("telephoneEntreprise", "Téléphone de l'entreprise", form.companyPhone());
        check.required("nom", "Nom du demandeur", form.lastName(), "indiquez votre nom.");
        check.maxLength("nom", "Nom du demandeur", form.lastName(), 80);
        check.required("prenoms", "Prénoms du demandeur", form.firstNames(), "indiquez vos prénoms.");
        check.maxLength("prenoms", "Prénoms du demandeur", form.firstNames(), 100);
        contact(check, form.email(), form.phone(), "Téléphone du demandeur");
        if (form.companyCreationDate() == null) {
            check.fail("dateCreation", "Date de création de l'entreprise : indiquez-la (JJ/MM/AAAA).");
        }
        check.notAfter("dateCreation", "Date de création de l'entreprise", form.companyCreationDate(), today());
        password(check, form.password(), form.confirmation(), form.email());
        refuseIfInvalid(check);
        limits.refuseAfterTooManyMismatches(number.canonical());
        if (!employer.isNamed(form.companyName())) {
            audit.record(
                    number.canonical(), null, AuditAction.SIGN_UP_MISMATCH, "REFUSE", "raison sociale non conforme");
            throw new InvalidFormException(Map.of(
                    "raisonSociale",
                    "Raison Sociale : elle ne correspond pas à celle de la CNSS pour ce numéro ; recopiez-la"
                            + " telle qu'elle figure sur l'attestation d'immatriculation de l'entreprise."));
        }
        String name = employer.getName();
        List<AccountActivationKind.Line> details = List.of(
                line("Raison sociale", name),
                line("N° Immatriculation (Employeur)", number.display()),
                line(
                        "Téléphone de l'entreprise",
                        PhoneNumber.parse(form.companyPhone()).display()),
                line("Nom du demandeur", form.lastName().strip()),
                line("Prénoms du demandeur", form.firstNames().strip()),
                line("Date de création de l'entreprise", DAY.format(form.companyCreationDate())));
        publicForms.take("inscription", address);
        return start(
                Role.EMPLOYER,
                number.canonical(),
                form.email(),
                form.phone(),
                form.firstNames().strip() + " " + form.lastName().strip() + " (" + name + ")",
                details,
                form.password(),
                List.of());
    }

    public String startInsured(InsuredSignUpForm form, String address) {
        InsuredNumber number = SignUpNumbers.insuredNumber(form.insuredNumber());
        numbers.registeredInsured(number);
        FormCheck check = new FormCheck();
        // Optional: a person with no current employer (left work, voluntary insured, pensioner)
        // leaves it empty; the registry says whether one is expected (InsuredPerson.matches).
        EmployerNumber employer = null;
        if (form.employerNumber() != null && !form.employerNumber().isBlank()) {
            try {
                employer = EmployerNumber.parse(form.employerNumber());
            } catch (InvalidNumberException invalid) {
                check.fail(
                        "employeurActuel",
                        "N° Immatriculation de votre employeur actuel : "
                                + invalid.getMessage().substring(0, 1).toLowerCase()
                                + invalid.getMessage().substring(1));
            }
        }
        check.required("nom", "Nom", form.lastName(), "indiquez votre nom.");
        check.required("prenoms", "Prénoms", form.firstNames(), "indiquez vos prénoms.");
        contact(check, form.email(), form.phone(), "Téléphone");
        if (form.birthDate() == null) {
            check.fail("dateNaissance", "Date de naissance : indiquez-la (JJ/MM/AAAA).");
        }
        check.notAfter("dateNaissance", "Date de naissance", form.birthDate(), today());
        password(check, form.password(), form.confirmation(), form.email());
        refuseIfInvalid(check);
        limits.refuseAfterTooManyMismatches(number.canonical());
        InsuredPerson person = insured.findByNumber(number).orElseThrow();
        if (!person.matches(form.lastName(), form.firstNames(), form.birthDate(), employer)) {
            audit.record(number.canonical(), null, AuditAction.SIGN_UP_MISMATCH, "REFUSE", "identité non conforme");
            throw new SignUpRefusedException("Les informations saisies ne correspondent pas à celles de la CNSS pour ce"
                    + " numéro d'assuré. Vérifiez vos nom, prénoms, date de naissance et le numéro de votre employeur"
                    + " actuel (laissé vide si vous n'en avez pas), tels qu'ils figurent sur vos documents CNSS.");
        }
        List<AccountActivationKind.Line> details = List.of(
                line("N° Immatriculation (Assuré)", number.display()),
                line(
                        "N° Immatriculation de votre employeur actuel",
                        employer == null ? "aucun (laissé vide)" : employer.display()),
                line("Nom", person.getLastName()),
                line("Prénoms", person.getFirstNames()),
                line("Date de naissance", DAY.format(form.birthDate())),
                line(
                        "Contrôle du registre",
                        person.hasCurrentEmployer()
                                ? "nom, prénoms, date de naissance et employeur conformes"
                                : "nom, prénoms et date de naissance conformes ; aucun employeur actuel au registre"));
        publicForms.take("inscription", address);
        return start(
                Role.INSURED,
                number.canonical(),
                form.email(),
                form.phone(),
                person.getFullName(),
                details,
                form.password(),
                person.hasCurrentEmployer()
                        ? List.of()
                        : List.of("Aucun employeur actuel au registre : seuls le nom, les prénoms et la date de"
                                + " naissance ont été comparés. Vérifiez l'identité du demandeur (pièce d'identité,"
                                + " dernier employeur, dossier de l'assuré) avant d'activer le compte."));
    }

    public CodeValidation validation(String token) {
        PendingSignUp signUp = find(token);
        return new CodeValidation(
                signUp.getPhone().masked(),
                SignUpMessages.masked(signUp.getEmail().value()),
                signUp.getCodeExpiresAt(),
                signUp.getState() == PendingSignUp.State.AWAITING_CODE,
                signUp.getState() == PendingSignUp.State.VERIFIED);
    }

    /**
     * The right codes — the one sent by SMS and the one sent by e-mail — make the account (waiting
     * for activation) and file its activation request.
     */
    public CodeCheckResult verify(String token, String smsCode, String emailCode) {
        PendingSignUp signUp = find(token);
        Instant now = clock.instant();
        String typed = sixDigitsOrNothing(smsCode) + sixDigitsOrNothing(emailCode);
        CodeCheck result = signUp.check(typed, now, both -> hasher.verify(both, signUp.getCodeHash()));
        switch (result) {
            case ACCEPTED -> {
                completion.createAccount(signUp, now);
                return new CodeCheckResult(true, null);
            }
            case WRONG -> {
                audit.record(signUp.getEmail().value(), null, AuditAction.SIGN_UP_CODE_FAILED, "REFUSE", "code erroné");
                return new CodeCheckResult(
                        false,
                        "Codes de vérification incorrects : il vous reste " + signUp.remainingAttempts()
                                + " essai(s). Recopiez les 6 chiffres du SMS et les 6 chiffres de l'e-mail.");
            }
            case EXPIRED -> {
                return new CodeCheckResult(
                        false,
                        "Ces codes ont expiré (ils sont valides 1 heure) : cliquez sur « RENVOYER"
                                + " CODE » pour en recevoir un nouveau.");
            }
            case CANCELLED -> {
                audit.record(
                        signUp.getEmail().value(),
                        null,
                        AuditAction.SIGN_UP_CODE_FAILED,
                        "ANNULE",
                        PendingSignUp.MAX_FAILED_ATTEMPTS + " codes erronés");
                return new CodeCheckResult(
                        false,
                        "Trop de codes erronés : cette inscription est annulée par sécurité."
                                + " Recommencez l'inscription depuis la page d'accueil.");
            }
            default -> {
                return new CodeCheckResult(
                        false,
                        "Cette inscription est déjà validée : vous serez notifié par e-mail"
                                + " une fois votre compte activé.");
            }
        }
    }

    /** "RENVOYER CODE": a new code (the old one stops working), within the sending limits. */
    public CodeCheckResult resend(String token) {
        PendingSignUp signUp = find(token);
        if (signUp.getState() != PendingSignUp.State.AWAITING_CODE) {
            return new CodeCheckResult(false, "Cette inscription n'attend plus de code.");
        }
        Instant now = clock.instant();
        Duration wait = signUp.waitBeforeResend(now);
        if (!wait.isZero()) {
            return new CodeCheckResult(
                    false,
                    "Un code vient d'être envoyé : vous pourrez en demander un autre dans "
                            + VerificationCodes.minutes(wait) + " (" + PendingSignUp.MAX_SENDS_PER_HOUR
                            + " envois par heure au plus).");
        }
        Codes codes = Codes.fresh();
        if (numbers.hasAccount(signUp.getRegistrationNumber())) {
            // The number's owner has an account: the same answer, and no code to the typed contacts.
            signUp.recordNewCode(hasher.hash(Secrets.urlToken()), now);
        } else {
            signUp.recordNewCode(hasher.hash(codes.both()), now);
            messages.sendCodes(signUp, codes.sms(), codes.email());
        }
        return new CodeCheckResult(
                true,
                "Deux nouveaux codes ont été envoyés, l'un par SMS au "
                        + signUp.getPhone().masked() + ", l'autre par e-mail. Les anciens ne fonctionnent plus.");
    }

    private String start(
            Role role,
            String registrationNumber,
            String email,
            String phone,
            String fullName,
            List<AccountActivationKind.Line> details,
            String password,
            List<String> warnings) {
        Instant now = clock.instant();
        limits.refuseTooManyStartsFor(PhoneNumber.parse(phone), now);
        String token = Secrets.urlToken();
        Codes codes = Codes.fresh();
        Optional<UserAccount> owner = numbers.accountOf(registrationNumber);
        // A number that has an account goes on like any other — same pages, same timing — but its
        // code (never sent) is unguessable, and the account's owner is told instead: whether a
        // number has an account is nobody else's business.
        PendingSignUp signUp = new PendingSignUp(
                token,
                role,
                registrationNumber,
                new EmailAddress(email),
                PhoneNumber.parse(phone),
                fullName,
                // What the agent will read, kept until the codes are right (SignUpCompletion files it).
                Payloads.write(new AccountActivationKind.Activation(details, warnings)),
                hasher.hash(password),
                hasher.hash(owner.isPresent() ? Secrets.urlToken() : codes.both()),
                now);
        em.persist(signUp);
        if (owner.isPresent()) {
            messages.warnOwnerOnce(owner.get(), registrationNumber, now);
        } else {
            messages.sendCodes(signUp, codes.sms(), codes.email());
        }
        audit.record(
                signUp.getEmail().value(),
                null,
                AuditAction.SIGN_UP_STARTED,
                owner.isPresent() ? "IGNORE" : "SUCCES",
                role.name() + " " + registrationNumber + (owner.isPresent() ? " (compte existant)" : ""));
        return token;
    }

    /**
     * The two codes of a sign-up: one by SMS, another by e-mail, so that each channel is proved by
     * its own (security review, finding 7); kept as one hash of both.
     */
    private record Codes(String sms, String email) {

        static Codes fresh() {
            return new Codes(VerificationCodes.newCode(), VerificationCodes.newCode());
        }

        String both() {
            return sms + email;
        }
    }

    private void contact(FormCheck check, String email, String phone, String phoneLabel) {
        if (check.required(
                "email", "Adresse mail", email, "indiquez votre adresse e-mail ; elle sera votre identifiant.")) {
            check.email("email", "Adresse mail", email);
            EmailAddress parsed = EmailAddress.parseOrNull(email);
            if (parsed != null && accounts.findByEmail(parsed).isPresent()) {
                check.fail(
                        "email",
                        "Adresse mail : un compte utilise déjà cette adresse. Connectez-vous, ou utilisez"
                                + " « Mot de passe oublié ? ».");
            }
        }
        if (check.required(
                "telephone",
                phoneLabel,
                blankIfPrefix(phone),
                "indiquez votre numéro de téléphone portable :" + " le code de validation y est envoyé.")) {
            check.phone("telephone", phoneLabel, phone);
            try {
                if (!PhoneNumber.parse(phone).isMobile()) {
                    check.fail(
                            "telephone",
                            phoneLabel + " : un numéro de portable (70, 71, 79, 90 à 93, 96 à 99),"
                                    + " qui peut recevoir le code par SMS.");
                }
            } catch (IllegalArgumentException alreadySaid) {
                // check.phone has said it
            }
        }
    }

    private static void password(FormCheck check, String password, String confirmation, String email) {
        PasswordPolicy.problemWith(password, email).ifPresent(problem -> check.fail("motDePasse", problem));
        if (password != null && !password.equals(confirmation)) {
            check.fail("confirmation", "Confirmation mot de passe : elle diffère du mot de passe ; retapez-le.");
        }
    }

    /** A typed code without its spaces when it has 6 digits; nothing otherwise (so that two halves never shift). */
    private static String sixDigitsOrNothing(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        return digits.matches("\\d{6}") ? digits : "";
    }

    private PendingSignUp find(String token) {
        return Optional.ofNullable(token)
                .flatMap(value -> em.createQuery(
                                "SELECT s FROM PendingSignUp s WHERE s.token = :token", PendingSignUp.class)
                        .setParameter("token", value)
                        .getResultStream()
                        .findFirst())
                .orElseThrow(() -> new SignUpRefusedException("Inscription introuvable : recommencez depuis la page"
                        + " d'accueil (« Inscription sur les Services en ligne »)."));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.LOME));
    }

    private static void refuseIfInvalid(FormCheck check) {
        Map<String, String> errors = check.errors();
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
    }

    private static AccountActivationKind.Line line(String label, String value) {
        return new AccountActivationKind.Line(label, value);
    }

    private static String blankIfPrefix(String phone) {
        return phone == null || phone.strip().equals("+228") || phone.strip().equals("228") ? "" : phone;
    }
}
