package tg.cnss.eservices.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tg.cnss.eservices.identity.control.AccountRepository;
import tg.cnss.eservices.identity.control.LegacyPasswords;
import tg.cnss.eservices.identity.entity.LegacyCredential;
import tg.cnss.eservices.identity.entity.Role;
import tg.cnss.eservices.identity.entity.UserAccount;
import tg.cnss.eservices.kernel.EmailAddress;
import tg.cnss.eservices.platform.boundary.AuditTrail;
import tg.cnss.eservices.platform.entity.AuditAction;
import tg.cnss.eservices.registration.control.EmployerRegistry;
import tg.cnss.eservices.registration.control.InsuredRegistry;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * Imports the accounts of the old site (manual: "Si vous aviez un compte sur l'ancien site,
 * veuillez vous connecter directement avec vos identifiants"). One CSV line per account,
 * {@code identifiant;type;numero;empreinte}: the identifier is an e-mail address or, as on the old
 * site, a user name ("kmelomey2"); type EMPLOYEUR or ASSURE, the registration number, the old
 * password hash in a format of {@link LegacyPasswords}; a header line is skipped. An e-mail line
 * makes an active account; a user-name line a {@link LegacyCredential} that becomes one when its
 * owner first signs in and verifies an e-mail address ({@link LegacyAccountClaims}). Each refused
 * line is reported with its reason; nothing is half-made.
 */
@Stateless
@RolesAllowed("ADMIN")
public class LegacyAccountImport {

    static final int MAX_LINES = 100_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AccountRepository accounts;

    @Inject
    EmployerRegistry employers;

    @Inject
    InsuredRegistry insured;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public ImportReport importCsv(byte[] csv) {
        List<ImportReport.RefusedLine> refused = new ArrayList<>();
        Set<String> seenIdentifiers = new HashSet<>();
        Set<String> seenNumbers = new HashSet<>();
        int imported = 0;
        int lineNumber = 0;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber > MAX_LINES) {
                    refused.add(new ImportReport.RefusedLine(
                            lineNumber,
                            "Fichier trop long : " + MAX_LINES
                                    + " lignes au plus par import ; la suite n'est pas lue."));
                    break;
                }
                String text = lineNumber == 1 ? line.replace("\uFEFF", "") : line;
                if (text.isBlank()
                        || lineNumber == 1
                                && (text.toLowerCase(Locale.ROOT).startsWith("email")
                                        || text.toLowerCase(Locale.ROOT).startsWith("identifiant"))) {
                    continue;
                }
                String problem = importLine(text, seenIdentifiers, seenNumbers);
                if (problem == null) {
                    imported++;
                } else {
                    refused.add(new ImportReport.RefusedLine(lineNumber, problem));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                session.getCallerPrincipal().getName(),
                null,
                AuditAction.ACCOUNT_ADMINISTERED,
                "SUCCES",
                "import ancien site : " + imported + " compte(s), " + refused.size() + " ligne(s) refusée(s)");
        return new ImportReport(imported, refused);
    }

    /** Makes the line's account, or says why not (null when made). */
    private String importLine(String text, Set<String> seenIdentifiers, Set<String> seenNumbers) {
        String[] fields = text.split(";", -1);
        if (fields.length != 4) {
            return "4 champs attendus (identifiant;type;numero;empreinte), " + fields.length + " trouvé(s).";
        }
        String identifier = fields[0].strip();
        EmailAddress email = identifier.contains("@") ? EmailAddress.parseOrNull(identifier) : null;
        boolean username = !identifier.contains("@") && LegacyCredential.isUsername(identifier);
        if (email == null && !username) {
            return identifier.contains("@")
                    ? "Adresse e-mail invalide : « " + identifier + " »."
                    : "Identifiant invalide : « " + identifier + " » (une adresse e-mail, ou un identifiant de"
                            + " l'ancien site : lettres, chiffres, point, tiret ou tiret bas).";
        }
        String key = username ? LegacyCredential.normalise(identifier) : email.value();
        if (!seenIdentifiers.add(key)
                || (username
                        ? accounts.usernameTaken(identifier)
                        : accounts.findByEmail(email).isPresent())) {
            return username
                    ? "Un compte utilise déjà l'identifiant " + key + "."
                    : "Un compte utilise déjà l'adresse " + email.value() + ".";
        }
        String type = fields[1].strip().toUpperCase(Locale.ROOT);
        Role role;
        String number;
        String name;
        try {
            if (type.equals("EMPLOYEUR")) {
                role = Role.EMPLOYER;
                EmployerNumber parsed = EmployerNumber.parse(fields[2]);
                number = parsed.canonical();
                name = employers
                        .findByNumber(parsed)
                        .map(employer -> employer.getName())
                        .orElse(key);
            } else if (type.equals("ASSURE") || type.equals("ASSURÉ")) {
                role = Role.INSURED;
                InsuredNumber parsed = InsuredNumber.parse(fields[2]);
                number = parsed.canonical();
                name = insured.findByNumber(parsed)
                        .map(person -> person.getFullName())
                        .orElse(key);
            } else {
                return "Type « " + fields[1].strip() + " » inconnu : EMPLOYEUR ou ASSURE.";
            }
        } catch (InvalidNumberException invalid) {
            return invalid.getMessage();
        }
        if (!seenNumbers.add(number)
                || !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.registrationNumber = :n", Long.class)
                        .setParameter("n", number)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()
                || !em.createQuery("SELECT c.id FROM LegacyCredential c WHERE c.registrationNumber = :n", Long.class)
                        .setParameter("n", number)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return "Un compte existe déjà pour le numéro " + fields[2].strip() + ".";
        }
        String hash = fields[3].strip();
        if (!LegacyPasswords.isSupported(hash)) {
            return "Empreinte de mot de passe dans un format non pris en charge (bcrypt, sha256:sel:hex ou md5:sel:hex).";
        }
        if (username) {
            em.persist(
                    new LegacyCredential(identifier, LegacyPasswords.wrap(hash), role, number, name, clock.instant()));
            return null;
        }
        UserAccount account = new UserAccount(email, LegacyPasswords.wrap(hash), name, role, clock.instant());
        account.linkToRegistration(number);
        accounts.add(account);
        return null;
    }
}
