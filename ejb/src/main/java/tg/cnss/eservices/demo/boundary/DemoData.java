package tg.cnss.eservices.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import tg.cnss.eservices.account.entity.LegacyCareerMonth;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.Base32;
import tg.cnss.eservices.identity.control.DemoIdentities;
import tg.cnss.eservices.identity.control.PasswordHasher;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.SecondFactor;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.kernel.PhoneNumber;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.control.DataCipher;
import tg.cnss.eservices.platform.control.PortalSettings;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.reference.entity.CnssBankAccount;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.registration.entity.DepartureReason;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.registration.entity.EmployerCategory;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;

/**
 * Demo accounts, one per kind of user, created at start-up in demo mode only (never on a
 * production server, where they are closed instead). Runs after {@link ProductionSafeguards}: a
 * server that refuses to start changes nothing in the database. Existing accounts are left as
 * they are, so a restart keeps what a newcomer did with them. The logins are listed in the README.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrations", "ProductionSafeguards"})
public class DemoData {

    /** The password of every demo account; published in the README, so never use demo mode in production. */
    public static final String DEMO_PASSWORD = "Demo-CNSS-2026!";

    /** The domain of every demo account; outside demo mode its accounts are closed at start-up. */
    public static final String DEMO_DOMAIN = DemoIdentities.DEMO_DOMAIN;

    /** The authenticator-app key of the demo staff accounts (base 32), published in the README. */
    public static final String DEMO_TOTP_KEY = DemoIdentities.DEMO_TOTP_KEY;

    /** The demo partner client of the API and its secret (published: demo mode only). */
    public static final String DEMO_PARTNER_ID = "cnss-demo-partenaire";

    public static final String DEMO_PARTNER_SECRET = "cnss_demo-secret-publie-dans-le-readme";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    record DemoAccount(
            String email, String fullName, Role role, String department, String registrationNumber, String phone) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    "employeur@demo.cnss.tg",
                    "Société Togolaise de Démonstration SARL",
                    Role.EMPLOYER,
                    null,
                    new EmployerNumber(10_000_001L).canonical(),
                    "+228 22 21 00 01"),
            new DemoAccount(
                    "assure@demo.cnss.tg",
                    "Kossi AMEGAN",
                    Role.INSURED,
                    null,
                    new InsuredNumber(1_000_000_001L).canonical(),
                    "+228 90 00 00 01"),
            new DemoAccount(
                    "agent.immatriculation@demo.cnss.tg", "Afi MENSAH", Role.AGENT, "IMMATRICULATION", null, null),
            new DemoAccount("agent.recouvrement@demo.cnss.tg", "Komi AGBEKO", Role.AGENT, "RECOUVREMENT", null, null),
            new DemoAccount("agent.prestations@demo.cnss.tg", "Ablavi DOGBE", Role.AGENT, "PRESTATIONS", null, null),
            new DemoAccount(
                    "agent.risques@demo.cnss.tg", "Yao KPODAR", Role.AGENT, "RISQUES_PROFESSIONNELS", null, null),
            new DemoAccount("agent.relations@demo.cnss.tg", "Essi LAWSON", Role.AGENT, "RELATIONS_USAGERS", null, null),
            new DemoAccount(
                    "superviseur@demo.cnss.tg", "Edem AKAKPO", Role.SUPERVISOR, "RELATIONS_USAGERS", null, null),
            new DemoAccount("admin@demo.cnss.tg", "Administrateur de démonstration", Role.ADMIN, null, null, null));

    @Inject
    PortalSettings settings;

    @Inject
    DemoPartner demoPartner;

    @Inject
    AccountRepository accounts;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    EmployerRegistry employers;

    @Inject
    InsuredRegistry insured;

    @PersistenceContext
    EntityManager em;

    /** Employers and insured persons of the registry; those without a demo account can try sign-up (README). */
    record DemoEmployer(long sequence, String name, String prefecture, String town, String district, int staff) {}

    /** An insured person of the registry; {@code employer} 0 for one with no current employer (a pensioner). */
    record DemoInsured(long sequence, String lastName, String firstNames, LocalDate birthDate, long employer) {}

    static final List<DemoEmployer> EMPLOYERS = List.of(
            new DemoEmployer(
                    10_000_001L, "Société Togolaise de Démonstration SARL", "GOLFE", "Lomé", "Nyékonakpoè", 42),
            new DemoEmployer(10_000_002L, "Pharmacie du Grand Marché", "GOLFE", "Lomé", "Adawlato", 8),
            new DemoEmployer(10_000_003L, "Transports Kara Express", "KOZAH", "Kara", "Tomdè", 23));

    static final List<DemoInsured> INSURED = List.of(
            new DemoInsured(1_000_000_001L, "AMEGAN", "Kossi", LocalDate.of(1985, 6, 14), 10_000_001L),
            new DemoInsured(1_000_000_002L, "KOUDJO", "Afi", LocalDate.of(1992, 3, 8), 10_000_001L),
            new DemoInsured(1_000_000_003L, "SENYO", "Yawo", LocalDate.of(1988, 11, 21), 10_000_002L),
            new DemoInsured(1_000_000_004L, "ADJOVI", "Komla", LocalDate.of(1960, 4, 2), 0));

    /** A job on a demo employer's roster; {@code left} null while the worker is still employed. */
    record DemoEmployment(
            long insured,
            long employer,
            LocalDate start,
            String job,
            ContractType contract,
            long pay,
            LocalDate left) {}

    static final List<DemoEmployment> EMPLOYMENTS = List.of(
            new DemoEmployment(
                    1_000_000_001L,
                    10_000_001L,
                    LocalDate.of(2014, 9, 1),
                    "Comptable",
                    ContractType.CDI,
                    350_000,
                    null),
            new DemoEmployment(
                    1_000_000_002L,
                    10_000_001L,
                    LocalDate.of(2019, 2, 1),
                    "Assistante de direction",
                    ContractType.CDI,
                    220_000,
                    null),
            new DemoEmployment(
                    1_000_000_003L,
                    10_000_002L,
                    LocalDate.of(2023, 5, 2),
                    "Préparateur en pharmacie",
                    ContractType.CDD,
                    150_000,
                    null),
            new DemoEmployment(
                    1_000_000_004L,
                    10_000_001L,
                    LocalDate.of(2005, 3, 1),
                    "Chauffeur",
                    ContractType.CDI,
                    180_000,
                    LocalDate.of(2025, 4, 30)));

    @PostConstruct
    void seed() {
        if (!settings.isDemoMode()) {
            disableDemoAccounts();
            demoPartner.revoke();
            return;
        }
        giveDemoPhonesToOlderDemoAccounts();
        seedRegistry();
        seedAccounts();
        giveTheDemoAppKeyToDemoStaff();
        giveDemoNumbersToCnssBankAccounts();
        seedDemoCareer();
        demoPartner.seed();
    }

    /** A stint of the demo insured person's career in the CNSS's older books: employer, months, pay. */
    record DemoStint(
            Long employer, String employerName, YearMonth from, YearMonth to, long startPay, long raisePerYear) {}

    /**
     * The demo insured person's career before the portal, as the CNSS's older books would have it:
     * three employers over some fifteen years, with a gap between two jobs, up to last month — so that
     * "Compte Individuel" and the simulator show real figures. Once.
     */
    private void seedDemoCareer() {
        InsuredNumber kossi = new InsuredNumber(1_000_000_001L);
        boolean seeded = !em.createQuery(
                        "SELECT m.id FROM LegacyCareerMonth m WHERE m.insuredNumber = :insured", Long.class)
                .setParameter("insured", kossi.canonical())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (seeded) {
            return;
        }
        YearMonth lastMonth = YearMonth.now(clock.withZone(tg.cnss.eservices.platform.control.Clocks.LOME))
                .minusMonths(1);
        List<DemoStint> stints = List.of(
                new DemoStint(
                        null,
                        "Brasserie du Golfe (fermée)",
                        YearMonth.of(2009, 3),
                        YearMonth.of(2011, 12),
                        95_000,
                        8_000),
                new DemoStint(
                        10_000_002L,
                        "Pharmacie du Grand Marché",
                        YearMonth.of(2012, 6),
                        YearMonth.of(2014, 8),
                        160_000,
                        10_000),
                new DemoStint(
                        10_000_001L,
                        "Société Togolaise de Démonstration SARL",
                        YearMonth.of(2014, 9),
                        lastMonth,
                        250_000,
                        8_000));
        Instant now = clock.instant();
        for (DemoStint stint : stints) {
            for (YearMonth month = stint.from(); !month.isAfter(stint.to()); month = month.plusMonths(1)) {
                long pay = stint.startPay()
                        + stint.raisePerYear() * (month.getYear() - stint.from().getYear());
                em.persist(new LegacyCareerMonth(
                        kossi.canonical(),
                        stint.employer() == null ? null : new EmployerNumber(stint.employer()).canonical(),
                        stint.employerName(),
                        month,
                        26,
                        pay,
                        "Livres de la CNSS",
                        now));
            }
        }
    }

    /**
     * In demo mode only, the CNSS's banks get account numbers that say what they are ("DEMO-…"):
     * the payment page can be tried without a number anyone could take for the fund's real one.
     */
    private void giveDemoNumbersToCnssBankAccounts() {
        em.createQuery("SELECT b FROM CnssBankAccount b WHERE b.accountNumber IS NULL", CnssBankAccount.class)
                .getResultList()
                .forEach(bank -> bank.setAccountNumber("DEMO-" + bank.getCode() + "-0000000000"));
    }

    /**
     * Outside demo mode no account of the demo domain may sign in: their passwords and app key
     * are published (a database that once served a demo, or a copy of one, must not open them).
     */
    private void disableDemoAccounts() {
        List<UserAccount> enabled = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE a.email LIKE :domain AND a.enabled = TRUE",
                        UserAccount.class)
                .setParameter("domain", "%@" + DEMO_DOMAIN)
                .getResultList();
        for (UserAccount account : enabled) {
            account.disable();
            audit.record(
                    "(démarrage)",
                    null,
                    AuditAction.ACCOUNT_ADMINISTERED,
                    "SUCCES",
                    account.getEmail().value() + " fermé : compte de démonstration hors mode démonstration");
        }
        if (!enabled.isEmpty()) {
            LOG.warning(enabled.size() + " compte(s) de démonstration fermé(s) : le serveur n'est pas en mode"
                    + " démonstration / " + enabled.size() + " demo account(s) disabled: not in demo mode");
        }
    }

    private void seedAccounts() {
        List<DemoAccount> missing = ACCOUNTS.stream()
                .filter(demo ->
                        accounts.findByEmail(new EmailAddress(demo.email())).isEmpty())
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        // One hash for all: they share the published demo password, and 600 000 PBKDF2 rounds per
        // account would slow the first start for nothing.
        String hash = new PasswordHasher().hash(DEMO_PASSWORD);
        for (DemoAccount demo : missing) {
            UserAccount account = new UserAccount(
                    new EmailAddress(demo.email()), hash, demo.fullName(), demo.role(), clock.instant());
            account.assignToDepartment(demo.department());
            account.linkToRegistration(demo.registrationNumber());
            if (demo.phone() != null) {
                account.changePhone(PhoneNumber.parse(demo.phone()));
            }
            accounts.add(account);
        }
        LOG.warning(() -> "MODE DÉMONSTRATION : " + missing.size() + " compte(s) de démonstration créé(s). "
                + "Ne jamais activer ce mode en production.");
    }

    /** Demo staff sign in with the published app key rather than setting up an app of their own. */
    private void giveTheDemoAppKeyToDemoStaff() {
        for (DemoAccount demo : ACCOUNTS) {
            accounts.findByEmail(new EmailAddress(demo.email()))
                    .filter(UserAccount::mustUseAuthenticatorApp)
                    .filter(account -> account.getSecondFactor() == SecondFactor.NONE)
                    .ifPresent(account -> account.useAuthenticatorApp(cipher.encrypt(Base32.decode(DEMO_TOTP_KEY))));
        }
    }

    /** Demo databases made before demo accounts had phones get them, so that their SMS show too. */
    private void giveDemoPhonesToOlderDemoAccounts() {
        for (DemoAccount demo : ACCOUNTS) {
            if (demo.phone() != null) {
                accounts.findByEmail(new EmailAddress(demo.email()))
                        .filter(account -> account.getPhone() == null)
                        .ifPresent(account -> account.changePhone(PhoneNumber.parse(demo.phone())));
            }
        }
    }

    private void seedRegistry() {
        for (DemoEmployer demo : EMPLOYERS) {
            EmployerNumber number = new EmployerNumber(demo.sequence());
            if (employers.findByNumber(number).isEmpty()) {
                em.persist(new Employer(
                        number,
                        EmployerCategory.ENTERPRISE,
                        demo.name(),
                        demo.prefecture(),
                        demo.town(),
                        demo.district(),
                        demo.staff(),
                        clock.instant()));
            }
        }
        for (DemoInsured demo : INSURED) {
            InsuredNumber number = new InsuredNumber(demo.sequence());
            if (insured.findByNumber(number).isEmpty()) {
                insured.add(new InsuredPerson(
                        number,
                        demo.lastName(),
                        demo.firstNames(),
                        demo.birthDate(),
                        demo.employer() == 0 ? null : new EmployerNumber(demo.employer()),
                        clock.instant()));
            }
        }
        seedRosters();
    }

    /** The demo employers' workers, once: a worker already on a roster is left as the demo made it. */
    private void seedRosters() {
        for (DemoEmployment demo : EMPLOYMENTS) {
            InsuredNumber worker = new InsuredNumber(demo.insured());
            EmployerNumber employer = new EmployerNumber(demo.employer());
            boolean seeded = !em.createQuery(
                            "SELECT e.id FROM Employment e WHERE e.insuredNumber = :insured AND e.employerNumber = :employer",
                            Long.class)
                    .setParameter("insured", worker.canonical())
                    .setParameter("employer", employer.canonical())
                    .getResultList()
                    .isEmpty();
            if (!seeded) {
                Employment employment =
                        new Employment(employer, worker, demo.start(), demo.job(), demo.contract(), demo.pay());
                if (demo.left() != null) {
                    employment.end(demo.left(), DepartureReason.RETRAITE, clock.instant(), "demo");
                }
                em.persist(employment);
            }
        }
    }
}
