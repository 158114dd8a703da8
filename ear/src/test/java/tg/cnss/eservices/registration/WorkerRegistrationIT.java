package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.notification.boundary.Inbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.registration.boundary.DepartureForm;
import tg.cnss.eservices.registration.boundary.RosterFilter;
import tg.cnss.eservices.registration.boundary.WorkerLine;
import tg.cnss.eservices.registration.boundary.WorkerRegistrationForm;
import tg.cnss.eservices.registration.boundary.WorkerRegistrationPreview;
import tg.cnss.eservices.registration.boundary.WorkerRegistrations;
import tg.cnss.eservices.registration.boundary.Workers;
import tg.cnss.eservices.registration.entity.DepartureReason;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.registration.entity.InsuredPerson;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.request.spi.ApprovalOption;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsImmatriculationAgent;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * "Demande d'immatriculation travailleur" in the real server: the employer's request and the
 * worker's own become Immatriculation requests; the agent sees who the worker may already be and
 * chooses a new insured number or an existing one; the worker joins the employer's roster, and a
 * worker who registered himself has his employer told.
 */
@ExtendWith(ArquillianExtension.class)
class WorkerRegistrationIT {

    private static final EmployerNumber DEMO_EMPLOYER = new EmployerNumber(10_000_001L);
    private static final List<UploadedFile> SCAN = List.of(new UploadedFile("cni.pdf", SampleFiles.pdf("CNI")));

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(WorkerRegistrationIT.class, SampleFiles.class);
    }

    @Inject
    WorkerRegistrations registrations;

    @Inject
    Workers workers;

    @Inject
    Worklists worklists;

    @Inject
    Inbox inbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsImmatriculationAgent asAgent;

    @Test
    void anApprovedRequestGivesTheWorkerANewNumberAndPutsHimOnTheRoster() {
        String unique = unique();
        WorkerRegistrationForm form = form("Dossou" + unique, "Kafui Élise", "CNI-" + unique, today().minusDays(20));

        WorkerRegistrationPreview preview = asEmployer.call(() -> registrations.preview(form, SCAN));
        assertTrue(
                preview.notes().get(0).startsWith("Déclaration tardive : embauche le "),
                preview.notes().toString());
        assertEquals("DOSSOU" + unique, preview.sections().get(0).fields().get("Nom"), "last name in capitals");
        RequestReceipt receipt = asEmployer.call(() -> registrations.submit(form, SCAN));
        assertTrue(receipt.reference().matches("IT-\\d{4}-\\d{6}"), receipt.reference());
        assertEquals("Immatriculation", receipt.departmentName());

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        RequestDetail detail = asAgent.call(() -> worklists.detail(item));
        assertTrue(
                detail.warnings().get(0).startsWith("Déclaration tardive"),
                detail.warnings().toString());
        assertEquals(1, detail.warnings().size(), detail.warnings().toString());
        assertEquals(
                List.of(new ApprovalOption("NOUVEAU", "Attribuer un nouveau numéro d'assuré")),
                detail.approvalOptions());
        assertEquals(1, detail.attachments().size());
        approve(item, null);

        InsuredPerson person = insuredNamed("DOSSOU" + unique);
        assertTrue(person.getNumber().sequence() > 2_000_000_000L, "numéros du portail à partir de 2 000 000 001");
        assertEquals(person.getNumber(), InsuredNumber.parse(person.getNumber().display()), "clé valide");
        assertEquals(DEMO_EMPLOYER, person.getEmployerNumber().orElseThrow());
        assertEquals("CNI", person.getIdDocumentType());
        assertEquals(("CNI" + unique), person.getIdDocumentNumber(), "stored without dashes");

        WorkerLine line = rosterLine("DOSSOU" + unique);
        assertEquals(person.getNumber().display(), line.insuredNumber());
        assertEquals("Comptable", line.job());
        assertEquals(185_000L, line.monthlyPay().value());
        assertEquals(today().minusDays(20), line.startDate());
        String message = lastMessage(item);
        assertTrue(
                message.contains("immatriculé(e) sous le n° d'assuré "
                        + person.getNumber().display()),
                message);
    }

    @Test
    void theAgentSeesTheWorkerAlreadyKnownAndLinksHimOnlyOnceHeLeftTheRoster() {
        String unique = unique();
        String lastName = "Amouzou" + unique;
        RequestReceipt first = asEmployer.call(
                () -> registrations.submit(form(lastName, "Yao", "P" + unique, today().minusDays(3)), SCAN));
        long firstItem =
                WorklistProbe.awaitItem(asAgent, worklists, first.reference()).id();
        approve(firstItem, null);
        InsuredNumber known = insuredNamed(lastName.toUpperCase()).getNumber();

        // The same man, his names typed otherwise, filed again with the same ID document.
        WorkerRegistrationForm again = form(lastName.toLowerCase(), " yao ", "p-" + unique, today().minusDays(1));
        RequestReceipt second = asEmployer.call(() -> registrations.submit(again, SCAN));
        long secondItem =
                WorklistProbe.awaitItem(asAgent, worklists, second.reference()).id();
        RequestDetail detail = asAgent.call(() -> worklists.detail(secondItem));
        List<String> warnings = detail.warnings();
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith("Assuré déjà connu, " + known.display())
                                && w.contains("même nom, mêmes prénoms et même date de naissance")
                                && w.contains("même pièce d'identité")),
                warnings.toString());
        assertTrue(
                warnings.stream().anyMatch(w -> w.contains("figure déjà parmi les travailleurs en activité")),
                warnings.toString());
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith("Autre demande " + first.reference()) && w.contains("acceptée")),
                warnings.toString());
        assertEquals(known.canonical(), detail.approvalOptions().get(0).value());
        assertEquals("NOUVEAU", detail.approvalOptions().get(1).value());

        asAgent.call(() -> {
            worklists.take(secondItem, worklists.item(secondItem).revision());
            return null;
        });
        // No choice made while someone resembles him: refused, nothing approved.
        assertTrue(refusal(() ->
                        worklists.approve(secondItem, worklists.item(secondItem).revision(), null, null))
                .contains("choisissez de le rattacher"));
        // Still in activity with this employer: a duplicate, refused.
        assertTrue(refusal(() ->
                        worklists.approve(secondItem, worklists.item(secondItem).revision(), null, known.canonical()))
                .contains("figure déjà parmi les travailleurs en activité de cet employeur"));
        assertEquals(
                RequestStatus.IN_PROGRESS,
                asAgent.call(() -> worklists.detail(secondItem)).status());

        WorkerLine line = rosterLine(lastName.toUpperCase());
        asEmployer.call(() -> workers.declareDeparture(
                line.employmentId(),
                line.version(),
                new DepartureForm(today().minusDays(2), DepartureReason.FIN_CONTRAT)));
        asAgent.call(() -> {
            worklists.approve(secondItem, worklists.item(secondItem).revision(), "Réembauche.", known.canonical());
            return null;
        });

        List<WorkerLine> lines = asEmployer.call(() -> workers.roster(lastName, RosterFilter.ALL));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.insuredNumber().equals(known.display())), lines.toString());
        assertEquals(1, lines.stream().filter(WorkerLine::active).count());
        long persons = probe.apply(
                em -> em.createQuery("SELECT COUNT(p) FROM InsuredPerson p WHERE p.lastName = :name", Long.class)
                        .setParameter("name", lastName.toUpperCase())
                        .getSingleResult());
        assertEquals(1L, persons, "no second insured person");
    }

    @Test
    void aWorkerRegistersHimselfAMonthAfterHiringAndHisEmployerIsTold() {
        String unique = unique();
        WorkerRegistrationForm tooEarly = selfForm(DEMO_EMPLOYER.display(), "Lawson" + unique, today().minusDays(10));
        InvalidFormException early =
                assertThrows(InvalidFormException.class, () -> registrations.previewAsWorker(tooEarly, SCAN));
        assertTrue(
                early.errors().get("dateEmbauche").contains("un mois après l'embauche, à partir du"),
                early.errors().toString());

        WorkerRegistrationForm unknownEmployer =
                selfForm(new EmployerNumber(19_999_999L).display(), "Lawson" + unique, today().minusDays(40));
        assertEquals(
                List.of("numeroEmployeur"),
                List.copyOf(assertThrows(
                                InvalidFormException.class, () -> registrations.previewAsWorker(unknownEmployer, SCAN))
                        .errors()
                        .keySet()));

        WorkerRegistrationForm form = selfForm(DEMO_EMPLOYER.display(), "Lawson" + unique, today().minusDays(40));
        RequestReceipt receipt = registrations.submitAsWorker(form, SCAN, "192.0.2.1");
        awaitEmployerNotice(receipt.reference() + " — un travailleur s'est déclaré", "LAWSON" + unique);

        long item =
                WorklistProbe.awaitItem(asAgent, worklists, receipt.reference()).id();
        RequestDetail detail = asAgent.call(() -> worklists.detail(item));
        assertEquals("le travailleur lui-même", detail.fields().get("Demande déposée par"));
        approve(item, "NOUVEAU");
        InsuredNumber number = insuredNamed("LAWSON" + unique).getNumber();
        assertTrue(lastMessage(item).startsWith("Votre numéro d'assuré : " + number.display()), lastMessage(item));
        awaitEmployerNotice(receipt.reference() + " — travailleur immatriculé", number.display());
        assertEquals(number.display(), rosterLine("LAWSON" + unique).insuredNumber());
    }

    @Test
    void aWrongFormIsRefusedFieldByFieldAndNothingIsFiled() {
        String unique = unique();
        long before = requestCount();
        WorkerRegistrationForm foreignerWithCni = new WorkerRegistrationForm(
                null,
                "Mensah" + unique,
                "Kwame",
                "M",
                LocalDate.of(1990, 1, 1),
                "Accra",
                "Ghanéenne",
                "ACTE_NAISSANCE",
                "123",
                LocalDate.of(1989, 12, 1),
                "Accra",
                "CNI",
                "G" + unique,
                "Bè, Lomé",
                "+228 12",
                null,
                today(),
                "Chauffeur",
                0L,
                "CDI",
                "1234567890-00");
        InvalidFormException refused = assertThrows(
                InvalidFormException.class,
                () -> asEmployer.call(() -> registrations.submit(foreignerWithCni, List.of())));
        assertEquals(
                List.of("etatCivilDate", "pieceType", "salaire", "numeroAssure", "telephone", "pieces"),
                List.copyOf(refused.errors().keySet()),
                refused.errors().toString());
        assertEquals(
                "Type de pièce d'identité : pour un travailleur étranger, le passeport.",
                refused.errors().get("pieceType"));
        assertEquals(before, requestCount());
    }

    /** A notice in the employer's space (notices go through the notification queue). */
    private void awaitEmployerNotice(String title, String bodyPart) {
        Eventually.await(
                "la notification « " + title + " » dans l'espace employeur",
                Duration.ofSeconds(30),
                () -> asEmployer.call(() -> inbox.latest(30)).stream()
                        .anyMatch(notice ->
                                notice.title().equals(title) && notice.body().contains(bodyPart)),
                found -> found);
    }

    private void approve(long item, String option) {
        asAgent.call(() -> {
            worklists.take(item, worklists.item(item).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(item, worklists.item(item).revision(), null, option);
            return null;
        });
    }

    /** The agent's refusal as he reads it (the exception the page catches, its cause's message). */
    private String refusal(Runnable decision) {
        RuntimeException refused = assertThrows(
                RuntimeException.class,
                () -> asAgent.call(() -> {
                    decision.run();
                    return null;
                }));
        Throwable cause = refused;
        while (!(cause instanceof IllegalArgumentException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof IllegalArgumentException, refused.toString());
        return cause.getMessage();
    }

    private String lastMessage(long item) {
        RequestDetail detail = asAgent.call(() -> worklists.detail(item));
        return detail.history().get(detail.history().size() - 1).message();
    }

    private WorkerLine rosterLine(String lastName) {
        List<WorkerLine> lines = asEmployer.call(() -> workers.roster(lastName, RosterFilter.ACTIVE));
        assertEquals(1, lines.size(), lines.toString());
        assertFalse(lines.get(0).insuredNumber().isBlank());
        return lines.get(0);
    }

    private InsuredPerson insuredNamed(String lastName) {
        return probe.apply(
                em -> em.createQuery("SELECT p FROM InsuredPerson p WHERE p.lastName = :name", InsuredPerson.class)
                        .setParameter("name", lastName)
                        .getSingleResult());
    }

    private long requestCount() {
        return probe.apply(em -> em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class)
                .getSingleResult());
    }

    private static WorkerRegistrationForm form(String lastName, String firstNames, String idNumber, LocalDate hired) {
        return new WorkerRegistrationForm(
                null,
                lastName,
                firstNames,
                "F",
                LocalDate.of(1994, 5, 17),
                "Tsévié",
                "Togolaise",
                "ACTE_NAISSANCE",
                "AN-1994-0517",
                LocalDate.of(1994, 5, 20),
                "Mairie de Tsévié",
                "CNI",
                idNumber,
                "Agoè, Lomé",
                "+228 90 11 22 33",
                null,
                hired,
                "Comptable",
                185_000L,
                "CDI",
                null);
    }

    private static WorkerRegistrationForm selfForm(String employer, String lastName, LocalDate hired) {
        return new WorkerRegistrationForm(
                employer,
                lastName,
                "Komlan",
                "M",
                LocalDate.of(1999, 2, 3),
                "Kpalimé",
                "Togolaise",
                "JUGEMENT_SUPPLETIF",
                "JS-2005-77",
                LocalDate.of(2005, 6, 1),
                "Tribunal de Kpalimé",
                "CARTE_ELECTEUR",
                "CE" + lastName,
                "Adidogomé, Lomé",
                "+228 99 12 34 56",
                null,
                hired,
                "Magasinier",
                70_000L,
                "CDD",
                null);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Africa/Lome"));
    }

    private static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000, 999_999));
    }
}
