package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.control.PasswordPolicy;
import tg.cnss.eservices.identity.control.VerificationCodes;
import tg.cnss.eservices.identity.entity.EmailAddress;
import tg.cnss.eservices.identity.entity.PendingSignUp;
import tg.cnss.eservices.identity.entity.PendingSignUp.CodeCheck;
import tg.cnss.eservices.identity.entity.PhoneNumber;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.notification.boundary.Notifications;
import tg.cnss.eservices.notification.control.Notice;
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
import tg.cnss.eservices.request.control.RequestSubmission;
import tg.cnss.eservices.request.entity.RequestKind;

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
    PublicFormLimits limits;

    /** Wrong identity answers for one insured number before sign-up pauses for an hour. */
    static final int MAX_MISMATCHES_PER_HOUR = 5;
    /** Sign-ups started with one phone number in an hour, at most (each sends an SMS). */
    static final int MAX_STARTS_PER_PHONE_PER_HOUR = 3;
    /** Registration numbers tried at step 1 from one client address in an hour (shared addresses are common). */
    static final int MAX_NUMBER_CHECKS_PER_ADDRESS_PER_HOUR = 30;

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
    RequestSubmission submission;

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
     * {@link #MAX_NUMBER_CHECKS_PER_ADDRESS_PER_HOUR} numbers an hour from one client address.
     */
    public void checkEmployerNumber(String typedNumber, String address) {
        refuseTooManyNumberChecksFrom(address);
        EmployerNumber number = employerNumber(typedNumber);
        audit.record(number.canonical(), address, AuditAction.SIGN_UP_NUMBER_CHECKED, "SUCCES", "employeur");
        registeredEmployer(number);
    }

    /** Step 1 for insured persons: the same. */
    public void checkInsuredNumber(String typedNumber, String address) {
        refuseTooManyNumberChecksFrom(address);
        InsuredNumber number = insuredNumber(typedNumber);
        audit.record(number.canonical(), address, AuditAction.SIGN_UP_NUMBER_CHECKED, "SUCCES", "assuré");
        registeredInsured(number);
    }

    public String startEmployer(EmployerSignUpForm form, String address) {
        EmployerNumber number = employerNumber(form.employerNumber());
        Employer employer = registeredEmployer(number);
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
        refuseAfterTooManyMismatches(number.canonical());
        if (!employer.isNamed(form.companyName())) {
            audit.record(
                    number.canonical(), null, AuditAction.SIGN_UP_MISMATCH, "REFUSE", "raison sociale non conforme");
            throw new InvalidFormException(Map.of(
                    "raisonSociale",
                    "Raison Sociale : elle ne correspond pas à celle de la CNSS pour ce numéro ; recopiez-la"
                            + " telle qu'elle figure sur l'attestation d'immatriculation de l'entreprise."));
        }
        String name = employer.getName();
        String details = Json.createObjectBuilder()
                .add("Raison sociale", name)
                .add("N° Immatriculation (Employeur)", number.display())
                .add(
                        "Téléphone de l'entreprise",
                        PhoneNumber.parse(form.companyPhone()).display())
                .add("Nom du demandeur", form.lastName().strip())
                .add("Prénoms du demandeur", form.firstNames().strip())
                .add("Date de création de l'entreprise", DAY.format(form.companyCreationDate()))
                .build()
                .toString();
        limits.take("inscription", address);
        return start(
                Role.EMPLOYER,
                number.canonical(),
                form.email(),
                form.phone(),
                form.firstNames().strip() + " " + form.lastName().strip() + " (" + name + ")",
                details,
                form.password());
    }

    public String startInsured(InsuredSignUpForm form, String address) {
        InsuredNumber number = insuredNumber(form.insuredNumber());
        registeredInsured(number);
        FormCheck check = new FormCheck();
        EmployerNumber employer = null;
        if (check.required(
                "employeurActuel",
                "N° Immatriculation de votre employeur actuel",
                form.employerNumber(),
                "indiquez le numéro de votre employeur, par exemple E-12345678-89.")) {
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
        refuseAfterTooManyMismatches(number.canonical());
        InsuredPerson person = insured.findByNumber(number).orElseThrow();
        if (!person.matches(form.lastName(), form.firstNames(), form.birthDate(), employer)) {
            audit.record(number.canonical(), null, AuditAction.SIGN_UP_MISMATCH, "REFUSE", "identité non conforme");
            throw new SignUpRefusedException("Les informations saisies ne correspondent pas à celles de la CNSS pour ce"
                    + " numéro d'assuré. Vérifiez vos nom, prénoms, date de naissance et le numéro de votre employeur"
                    + " actuel, tels qu'ils figurent sur vos documents CNSS.");
        }
        String details = Json.createObjectBuilder()
                .add("N° Immatriculation (Assuré)", number.display())
                .add("N° Immatriculation de votre employeur actuel", employer.display())
                .add("Nom", person.getLastName())
                .add("Prénoms", person.getFirstNames())
                .add("Date de naissance", DAY.format(form.birthDate()))
                .add("Contrôle du registre", "nom, prénoms, date de naissance et employeur conformes")
                .build()
                .toString();
        limits.take("inscription", address);
        return start(
                Role.INSURED,
                number.canonical(),
                form.email(),
                form.phone(),
                person.getFullName(),
                details,
                form.password());
    }

    public CodeValidation validation(String token) {
        PendingSignUp signUp = find(token);
        return new CodeValidation(
                signUp.getPhone().masked(),
                masked(signUp.getEmail().value()),
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
                createAccount(signUp, now);
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
        if (hasAccount(signUp.getRegistrationNumber())) {
            // The number's owner has an account: the same answer, and no code to the typed contacts.
            signUp.recordNewCode(hasher.hash(Secrets.urlToken()), now);
        } else {
            signUp.recordNewCode(hasher.hash(codes.both()), now);
            send(signUp, codes);
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
            String details,
            String password) {
        Instant now = clock.instant();
        refuseTooManyStartsFor(PhoneNumber.parse(phone), now);
        String token = Secrets.urlToken();
        Codes codes = Codes.fresh();
        Optional<UserAccount> owner = accountOf(registrationNumber);
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
                details,
                hasher.hash(password),
                hasher.hash(owner.isPresent() ? Secrets.urlToken() : codes.both()),
                now);
        em.persist(signUp);
        if (owner.isPresent()) {
            warnOwnerOnce(owner.get(), registrationNumber, now);
        } else {
            send(signUp, codes);
        }
        audit.record(
                signUp.getEmail().value(),
                null,
                AuditAction.SIGN_UP_STARTED,
                owner.isPresent() ? "IGNORE" : "SUCCES",
                role.name() + " " + registrationNumber + (owner.isPresent() ? " (compte existant)" : ""));
        return token;
    }

    private void createAccount(PendingSignUp signUp, Instant now) {
        refuseIfSignedUp(signUp.getRegistrationNumber(), "ce numéro");
        if (accounts.findByEmail(signUp.getEmail()).isPresent()) {
            throw new SignUpRefusedException("Un compte utilise déjà l'adresse "
                    + signUp.getEmail().value() + " : connectez-vous, ou utilisez « Mot de passe oublié ? ».");
        }
        UserAccount account = new UserAccount(
                signUp.getEmail(), signUp.getPasswordHash(), signUp.getFullName(), signUp.getRole(), now);
        account.linkToRegistration(signUp.getRegistrationNumber());
        account.changePhone(signUp.getPhone());
        account.awaitActivation();
        accounts.add(account);
        var payload = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(signUp.getDetails()))
                        .readObject())
                .add("Rôle", signUp.getRole().label())
                .add("Adresse mail (identifiant)", signUp.getEmail().value())
                .add("Téléphone (vérifié par code)", signUp.getPhone().display())
                .build()
                .toString();
        submission.submit(
                RequestKind.ACCOUNT_ACTIVATION,
                new RequestSubmission.Requester(
                        account.getId(),
                        signUp.getEmail().value(),
                        signUp.getFullName(),
                        signUp.getPhone().e164()),
                "Compte " + signUp.getRole().label() + " — " + signUp.getFullName(),
                payload,
                List.of());
        audit.record(
                signUp.getEmail().value(),
                null,
                AuditAction.SIGN_UP_VERIFIED,
                "SUCCES",
                "compte en attente d'activation");
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

    private void send(PendingSignUp signUp, Codes codes) {
        String until = HOUR.format(signUp.getCodeExpiresAt());
        notifications.smsWithSecret(
                signUp.getPhone().e164(),
                "CNSS TOGO : votre code de vérification par SMS est " + Notice.SECRET + ". Valide jusqu'à " + until
                        + ". Un autre code vous est envoyé par e-mail. Ne les communiquez à personne.",
                codes.sms());
        notifications.emailWithSecret(
                signUp.getEmail().value(),
                "Votre code de vérification CNSS",
                "Bonjour,\n\nPour finaliser votre inscription aux services en ligne de la CNSS, saisissez ce code de"
                        + " vérification par e-mail, avec celui reçu par SMS :\n\n    " + Notice.SECRET
                        + "\n\nIl est valide 1 heure (jusqu'à " + until
                        + ", heure de Lomé). Si vous n'avez pas demandé d'inscription, ignorez ce message.\n\n"
                        + "Caisse Nationale de Sécurité Sociale du Togo",
                codes.email());
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

    /** Each start sends an SMS: a phone number gets a few sign-ups an hour, not a flood. */
    private void refuseTooManyStartsFor(PhoneNumber phone, Instant now) {
        long recent = em.createQuery(
                        "SELECT COUNT(s) FROM PendingSignUp s WHERE s.phone = :phone AND s.createdAt > :since",
                        Long.class)
                .setParameter("phone", phone.e164())
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_STARTS_PER_PHONE_PER_HOUR) {
            throw new SignUpRefusedException(
                    "Trop d'inscriptions commencées avec ce numéro de téléphone : réessayez dans"
                            + " une heure. Si vous avez déjà reçu un code, utilisez-le sur la page de validation.");
        }
    }

    private void refuseAfterTooManyMismatches(String canonicalNumber) {
        long recent = em.createQuery(
                        "SELECT COUNT(a) FROM AuditEvent a WHERE a.actor = :number AND a.action = :action"
                                + " AND a.occurredAt > :since",
                        Long.class)
                .setParameter("number", canonicalNumber)
                .setParameter("action", AuditAction.SIGN_UP_MISMATCH)
                .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_MISMATCHES_PER_HOUR) {
            throw new SignUpRefusedException("Trop d'essais pour ce numéro : réessayez dans une heure, ou"
                    + " adressez-vous à votre agence CNSS.");
        }
    }

    /**
     * Numbers tried from one client address (audited with it), so that the registry cannot be
     * walked through step 1. Generous, because many people share an address on mobile networks.
     */
    private void refuseTooManyNumberChecksFrom(String address) {
        if (address == null) {
            return;
        }
        long recent = em.createQuery(
                        "SELECT COUNT(a) FROM AuditEvent a WHERE a.address = :address AND a.action = :action"
                                + " AND a.occurredAt > :since",
                        Long.class)
                .setParameter("address", address)
                .setParameter("action", AuditAction.SIGN_UP_NUMBER_CHECKED)
                .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_NUMBER_CHECKS_PER_ADDRESS_PER_HOUR) {
            throw new SignUpRefusedException("Trop de numéros essayés depuis votre connexion : réessayez dans une"
                    + " heure, ou adressez-vous à votre agence CNSS.");
        }
    }

    private Employer registeredEmployer(EmployerNumber number) {
        return employers
                .findByNumber(number)
                .orElseThrow(() -> new SignUpRefusedException("Aucun employeur n'est immatriculé sous le numéro "
                        + number.display() + ". Vérifiez-le sur votre"
                        + " attestation d'immatriculation ; si vous n'êtes pas encore immatriculé, faites d'abord la"
                        + " pré-immatriculation (menu « Pré-Immatriculation en ligne »)."));
    }

    private void registeredInsured(InsuredNumber number) {
        if (insured.findByNumber(number).isEmpty()) {
            throw new SignUpRefusedException("Aucun assuré n'est immatriculé sous le numéro " + number.display()
                    + ". Vérifiez-le sur votre carte d'assuré ou demandez-le à votre employeur.");
        }
    }

    /** The account of this registry number, if one is not refused. */
    private Optional<UserAccount> accountOf(String canonicalNumber) {
        return em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.registrationNumber = :number"
                                + " AND a.state <> tg.cnss.eservices.identity.entity.AccountState.REJECTED",
                        UserAccount.class)
                .setParameter("number", canonicalNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private boolean hasAccount(String canonicalNumber) {
        return accountOf(canonicalNumber).isPresent();
    }

    /**
     * Someone started a sign-up with the number of an existing account: its owner should know —
     * once an hour, so that the warning cannot be turned into a flood.
     */
    private void warnOwnerOnce(UserAccount owner, String registrationNumber, Instant now) {
        // Sign-ups of this number since the account exists (this one included) in the last hour.
        Instant since = now.minus(Duration.ofHours(1));
        long attempts = em.createQuery(
                        "SELECT COUNT(s) FROM PendingSignUp s WHERE s.registrationNumber = :number"
                                + " AND s.createdAt > :since",
                        Long.class)
                .setParameter("number", registrationNumber)
                .setParameter("since", owner.getCreatedAt().isAfter(since) ? owner.getCreatedAt() : since)
                .getSingleResult();
        if (attempts > 1) {
            return;
        }
        notifications.email(
                owner.getEmail().value(),
                "Tentative d'inscription avec le numéro de votre compte CNSS",
                "Bonjour " + owner.getFullName() + ",\n\nUne inscription aux services en ligne de la CNSS vient"
                        + " d'être commencée avec le numéro d'immatriculation de votre compte. Aucun compte n'a été"
                        + " créé et aucun code n'a été envoyé.\n\nSi c'était vous, connectez-vous avec l'adresse de"
                        + " votre compte, ou utilisez « Mot de passe oublié ? ». Sinon, vous n'avez rien à faire ;"
                        + " si cela se répète, contactez la CNSS.\n\nCaisse Nationale de Sécurité Sociale du Togo");
    }

    private void refuseIfSignedUp(String canonicalNumber, String who) {
        if (hasAccount(canonicalNumber)) {
            throw new SignUpRefusedException(
                    "Un compte existe déjà pour " + who + " : connectez-vous avec son adresse"
                            + " e-mail, ou utilisez « Mot de passe oublié ? ». Si le compte n'est pas le vôtre, contactez la CNSS.");
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

    private static EmployerNumber employerNumber(String typed) {
        try {
            return EmployerNumber.parse(typed == null ? "" : typed);
        } catch (InvalidNumberException invalid) {
            throw new SignUpRefusedException(invalid.getMessage());
        }
    }

    private static InsuredNumber insuredNumber(String typed) {
        try {
            return InsuredNumber.parse(typed == null ? "" : typed);
        } catch (InvalidNumberException invalid) {
            throw new SignUpRefusedException(invalid.getMessage());
        }
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

    private static String blankIfPrefix(String phone) {
        return phone == null || phone.strip().equals("+228") || phone.strip().equals("228") ? "" : phone;
    }

    static String masked(String email) {
        int at = email.indexOf('@');
        return email.charAt(0) + "•••" + email.substring(at);
    }
}
