package tg.cnss.eservices.registration.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tg.cnss.eservices.platform.control.FormCheck;
import tg.cnss.eservices.registration.boundary.WorkerRegistrationForm;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InvalidNumberException;

/**
 * What a worker registration must hold, checked on the server whatever the page did, with the
 * law's deadlines (domain-rules.md §3): the employer registers a worker within 8 days of hiring
 * (later is accepted, flagged "déclaration tardive"); the worker may register himself once a month
 * has passed since his hiring. Foreigners prove their identity with a passport.
 */
public final class WorkerRegistrationRules {

    /** The law: an employer registers each worker within 8 days of hiring. */
    public static final int DAYS_TO_REGISTER = 8;

    /** How far ahead an employer may register a hire already agreed (a contract signed for next month). */
    static final int DAYS_AHEAD = 31;

    static final String PASSPORT = "PASSEPORT";

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final long MAX_PAY = 1_000_000_000L;

    private final LocalDate today;
    private final Set<String> identityDocuments;
    private final Set<String> civilStatusDocuments;

    public WorkerRegistrationRules(LocalDate today, Set<String> identityDocuments, Set<String> civilStatusDocuments) {
        this.today = today;
        this.identityDocuments = identityDocuments;
        this.civilStatusDocuments = civilStatusDocuments;
    }

    /** The form as an employer files it for one of his workers. */
    public Map<String, String> checkByEmployer(WorkerRegistrationForm form) {
        FormCheck check = common(form);
        check.phone("telephone", "Téléphone", form.phone());
        if (form.hireDate() != null && form.hireDate().isAfter(today.plusDays(DAYS_AHEAD))) {
            check.fail(
                    "dateEmbauche",
                    "Date d'embauche : au plus un mois à l'avance (jusqu'au "
                            + today.plusDays(DAYS_AHEAD).format(DAY) + ").");
        }
        return check.errors();
    }

    /**
     * The form as a worker files it for himself: his employer's number, a phone to tell him the
     * outcome, and a month past since his hiring (before, it is his employer's to do).
     */
    public Map<String, String> checkByWorker(WorkerRegistrationForm form) {
        FormCheck check = new FormCheck();
        if (check.required(
                "numeroEmployeur",
                "N° employeur",
                form.employerNumber(),
                "indiquez le numéro CNSS de votre employeur (sur votre bulletin de paie), par exemple"
                        + " E10000001-XX.")) {
            try {
                EmployerNumber.parse(form.employerNumber());
            } catch (InvalidNumberException invalid) {
                check.fail("numeroEmployeur", "N° employeur : " + invalid.getMessage());
            }
        }
        common(form).errors().forEach(check::fail);
        if (form.phone() == null
                || form.phone().isBlank()
                || form.phone().strip().equals("+228")) {
            check.fail(
                    "telephone",
                    "Téléphone : indiquez un numéro où la CNSS peut vous joindre (+228 suivi de 8 chiffres).");
        }
        check.phone("telephone", "Téléphone", form.phone());
        if (form.hireDate() != null && selfRegistrationOpensOn(form.hireDate()).isAfter(today)) {
            check.fail(
                    "dateEmbauche",
                    "Date d'embauche : votre employeur a " + DAYS_TO_REGISTER + " jours pour vous déclarer ; vous"
                            + " pourrez le faire vous-même un mois après l'embauche, à partir du "
                            + selfRegistrationOpensOn(form.hireDate()).format(DAY) + ".");
        }
        return check.errors();
    }

    /** The day a worker hired on {@code hired} may register himself: a month later. */
    public static LocalDate selfRegistrationOpensOn(LocalDate hired) {
        return hired.plusMonths(1);
    }

    /**
     * "Déclaration tardive": the days past the law's 8 when the registration is filed on
     * {@code filedOn}, if any.
     */
    public static Optional<String> lateness(LocalDate hired, LocalDate filedOn) {
        if (hired == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(hired, filedOn);
        if (days <= DAYS_TO_REGISTER) {
            return Optional.empty();
        }
        return Optional.of("Déclaration tardive : embauche le " + hired.format(DAY) + ", soit " + days
                + " jours avant la demande (délai légal : " + DAYS_TO_REGISTER + " jours). La demande est"
                + " acceptée et signalée comme tardive.");
    }

    /** Whether the nationality typed is Togolese ("Togolaise", "togolais", "TOGO"…). */
    public static boolean isTogolese(String nationality) {
        if (nationality == null) {
            return false;
        }
        String plain = Normalizer.normalize(nationality, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .strip()
                .toLowerCase(Locale.ROOT);
        return plain.startsWith("togo");
    }

    private FormCheck common(WorkerRegistrationForm form) {
        FormCheck check = new FormCheck();
        check.required("nom", "Nom", form.lastName(), "indiquez le nom de famille du travailleur.");
        check.maxLength("nom", "Nom", form.lastName(), 80);
        check.required("prenoms", "Prénoms", form.firstNames(), "indiquez les prénoms du travailleur.");
        check.maxLength("prenoms", "Prénoms", form.firstNames(), 100);
        if (!"M".equals(form.sex()) && !"F".equals(form.sex())) {
            check.fail("sexe", "Sexe : choisissez M ou F.");
        }
        if (form.birthDate() == null) {
            check.fail("dateNaissance", "Date de naissance : indiquez-la (JJ/MM/AAAA).");
        }
        check.notAfter("dateNaissance", "Date de naissance", form.birthDate(), today);
        check.notBefore("dateNaissance", "Date de naissance", form.birthDate(), EARLIEST);
        check.required("lieuNaissance", "Lieu de naissance", form.birthPlace(), "indiquez la ville ou le village.");
        check.maxLength("lieuNaissance", "Lieu de naissance", form.birthPlace(), 80);
        check.required(
                "nationalite", "Nationalité", form.nationality(), "indiquez la nationalité (par exemple Togolaise).");
        check.maxLength("nationalite", "Nationalité", form.nationality(), 60);
        civilStatus(check, form);
        identity(check, form);
        check.required(
                "adresse", "Adresse", form.address(), "indiquez où le travailleur habite (quartier, ville, BP).");
        check.maxLength("adresse", "Adresse", form.address(), 200);
        check.email("email", "Email", form.email());
        check.maxLength("email", "Email", form.email(), 254);
        employment(check, form);
        if (form.insuredNumber() != null && !form.insuredNumber().isBlank()) {
            try {
                InsuredNumber.parse(form.insuredNumber());
            } catch (InvalidNumberException invalid) {
                check.fail("numeroAssure", "N° d'assuré déjà attribué : " + invalid.getMessage());
            }
        }
        return check;
    }

    private void civilStatus(FormCheck check, WorkerRegistrationForm form) {
        if (form.civilStatusType() == null || !civilStatusDocuments.contains(form.civilStatusType())) {
            check.fail("etatCivilType", "Pièce d'état civil : choisissez acte de naissance ou jugement supplétif.");
        }
        check.required(
                "etatCivilNumero", "N° de l'acte", form.civilStatusNumber(), "recopiez-le de la pièce d'état civil.");
        check.maxLength("etatCivilNumero", "N° de l'acte", form.civilStatusNumber(), 40);
        if (form.civilStatusDate() == null) {
            check.fail("etatCivilDate", "Date de l'acte : indiquez-la (JJ/MM/AAAA).");
        }
        check.notAfter("etatCivilDate", "Date de l'acte", form.civilStatusDate(), today);
        if (form.civilStatusDate() != null
                && form.birthDate() != null
                && form.civilStatusDate().isBefore(form.birthDate())) {
            check.fail("etatCivilDate", "Date de l'acte : elle ne peut précéder la naissance.");
        }
        check.required(
                "etatCivilLieu", "Lieu de l'acte", form.civilStatusPlace(), "indiquez la mairie ou le tribunal.");
        check.maxLength("etatCivilLieu", "Lieu de l'acte", form.civilStatusPlace(), 80);
    }

    private void identity(FormCheck check, WorkerRegistrationForm form) {
        if (form.idDocumentType() == null || !identityDocuments.contains(form.idDocumentType())) {
            check.fail("pieceType", "Type de pièce d'identité : choisissez-le dans la liste.");
        } else if (!PASSPORT.equals(form.idDocumentType())
                && form.nationality() != null
                && !form.nationality().isBlank()
                && !isTogolese(form.nationality())) {
            check.fail("pieceType", "Type de pièce d'identité : pour un travailleur étranger, le passeport.");
        }
        check.required("pieceNumero", "N° de la pièce", form.idDocumentNumber(), "recopiez-le de la pièce d'identité.");
        check.maxLength("pieceNumero", "N° de la pièce", form.idDocumentNumber(), 40);
    }

    private void employment(FormCheck check, WorkerRegistrationForm form) {
        if (form.hireDate() == null) {
            check.fail("dateEmbauche", "Date d'embauche : indiquez-la (JJ/MM/AAAA).");
        } else if (form.birthDate() != null && !form.hireDate().isAfter(form.birthDate())) {
            check.fail("dateEmbauche", "Date d'embauche : elle suit la date de naissance ; vérifiez l'une et l'autre.");
        }
        check.notBefore("dateEmbauche", "Date d'embauche", form.hireDate(), EARLIEST);
        check.required("emploi", "Emploi occupé", form.job(), "indiquez le poste (par exemple Comptable, Gardien).");
        check.maxLength("emploi", "Emploi occupé", form.job(), 100);
        if (form.monthlyPay() == null || form.monthlyPay() <= 0 || form.monthlyPay() > MAX_PAY) {
            check.fail(
                    "salaire",
                    "Salaire brut mensuel : indiquez-le en francs CFA, sans espace ni virgule (par exemple 85000).");
        }
        try {
            if (form.contractType() == null) {
                throw new IllegalArgumentException();
            }
            ContractType.valueOf(form.contractType());
        } catch (IllegalArgumentException unknown) {
            check.fail("contrat", "Type de contrat : choisissez-le dans la liste.");
        }
    }
}
