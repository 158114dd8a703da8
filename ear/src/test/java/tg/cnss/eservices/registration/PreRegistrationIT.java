package tg.cnss.eservices.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.notification.boundary.DemoMailbox;
import tg.cnss.eservices.notification.boundary.Inbox;
import tg.cnss.eservices.platform.boundary.InvalidFormException;
import tg.cnss.eservices.registration.boundary.DomesticRegistrationForm;
import tg.cnss.eservices.registration.boundary.EnterpriseRegistrationForm;
import tg.cnss.eservices.registration.boundary.PreRegistrations;
import tg.cnss.eservices.registration.entity.Employer;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.boundary.UnknownRequestException;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsImmatriculationAgent;
import tg.cnss.eservices.testing.acting.AsInsured;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * Pre-registration in the real server: the public forms become requests for Immatriculation,
 * duplicates are flagged to the agent, and approval registers the employer with a numbered,
 * check-keyed employer number that reaches the applicant by e-mail and SMS.
 */
@ExtendWith(ArquillianExtension.class)
class PreRegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(PreRegistrationIT.class);
    }

    @Inject
    PreRegistrations preRegistrations;

    @Inject
    Worklists worklists;

    @Inject
    DemoMailbox demoMailbox;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsImmatriculationAgent asAgent;

    @Inject
    Requests requests;

    @Inject
    AsInsured asInsured;

    @Inject
    Inbox inbox;

    /**
     * Security review, finding 7: a public form typed with someone's address does not land in
     * that person's account — requests belong to accounts, not to e-mail strings.
     */
    @Test
    void aPreRegistrationTypedWithAnAccountsAddressDoesNotBelongToThatAccount() {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String phone =
                "+228 91 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6);
        RequestReceipt planted = submitted(
                enterprise("Société Plantée " + unique, "TG-LOM 2024 B " + unique, "assure@demo.cnss.tg", phone));
        assertTrue(
                asInsured.call(() -> requests.mine()).stream()
                        .noneMatch(line -> line.reference().equals(planted.reference())),
                "not in the history of the account whose address was typed");
        assertThrows(UnknownRequestException.class, () -> asInsured.call(() -> requests.detail(planted.reference())));

        // Finding 3: the typed address was never proved, so what it receives carries nothing the
        // visitor typed — and no account's space hears of the request.
        var mail = Eventually.await(
                        "l'accusé de dépôt à l'adresse saisie",
                        Duration.ofSeconds(30),
                        () -> demoMailbox.latestTo("assure@demo.cnss.tg", 20).stream()
                                .filter(message -> message.getSubject().startsWith(planted.reference()))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
        assertFalse(mail.getBody().contains("Plantée"), mail.getBody());
        assertTrue(
                asInsured.call(() -> inbox.latest(50)).stream()
                        .noneMatch(notice -> notice.title().startsWith(planted.reference())),
                "no notice in the space of the account whose address was typed");
    }

    @Test
    void anApprovedPreRegistrationGivesTheEmployerItsNumber() {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String email = "contact" + unique + "@entreprise.tg";
        String phone =
                "+228 91 " + unique.substring(0, 2) + " " + unique.substring(2, 4) + " " + unique.substring(4, 6);
        RequestReceipt first =
                submitted(enterprise("Boulangerie du Golfe " + unique, "TG-LOM 2024 B " + unique, email, phone));
        assertTrue(first.reference().matches("IE-\\d{4}-\\d{6}"), first.reference());
        assertEquals("Immatriculation", first.departmentName());

        // Same RCCM (written differently) and same e-mail: flagged on the second one.
        RequestReceipt second = submitted(enterprise(
                "Boulangerie Golfe SARL " + unique, "tglom2024b" + unique, email.toUpperCase(), "+228 70 00 00 00"));
        long secondItem = awaitItem(second.reference());
        List<String> warnings = asAgent.call(() -> worklists.detail(secondItem)).warnings();
        assertTrue(
                warnings.stream()
                        .anyMatch(w -> w.startsWith("N° Registre de commerce (RCCM)")
                                && w.contains("la demande " + first.reference() + " en cours")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Adresse e-mail")), warnings.toString());

        long firstItem = awaitItem(first.reference());
        asAgent.call(() -> {
            worklists.take(firstItem, worklists.item(firstItem).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.approve(firstItem, worklists.item(firstItem).revision(), "Dossier complet.");
            return null;
        });

        Employer employer = probe.apply(
                em -> em.createQuery("SELECT e FROM Employer e WHERE e.requestReference = :ref", Employer.class)
                        .setParameter("ref", first.reference())
                        .getSingleResult());
        assertTrue(employer.getNumber().sequence() > 20_000_000L, "numéros du portail à partir de 20 000 001");
        assertEquals("Boulangerie du Golfe " + unique, employer.getName());
        RequestDetail approved = asAgent.call(() -> worklists.detail(firstItem));
        assertEquals(RequestStatus.APPROVED, approved.status());
        String message = approved.history().get(approved.history().size() - 1).message();
        assertTrue(
                message.startsWith("Dossier complet.\nVotre numéro d'employeur : "
                        + employer.getNumber().display()),
                message);

        Eventually.await(
                "l'e-mail avec le numéro d'employeur",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo(email, 20).stream()
                        .anyMatch(mail ->
                                mail.getBody().contains(employer.getNumber().display())),
                found -> found);
        Eventually.await(
                "le SMS d'acceptation",
                Duration.ofSeconds(30),
                () -> demoMailbox.latestTo("+22891" + unique.substring(0, 6), 20).stream()
                        .anyMatch(sms -> sms.getBody().contains(first.reference() + " — Demande acceptée")),
                found -> found);

        List<String> nowRegistered =
                asAgent.call(() -> worklists.detail(secondItem)).warnings();
        assertTrue(
                nowRegistered.stream()
                        .anyMatch(w -> w.contains("l'employeur immatriculé "
                                + employer.getNumber().display())),
                nowRegistered.toString());
    }

    @Test
    void anInvalidFormIsRefusedFieldByFieldAndNothingIsFiled() {
        long before = countRequests();
        EnterpriseRegistrationForm wrong = new EnterpriseRegistrationForm(
                "",
                null,
                null,
                "NOWHERE",
                "Lomé",
                "Bè",
                null,
                "BP 1",
                null,
                "pas-un-email",
                "+228 12 34",
                null,
                LocalDate.now().plusDays(3),
                LocalDate.now().plusDays(1),
                0,
                "Rue 1");
        InvalidFormException refused = assertThrows(InvalidFormException.class, () -> submitted(wrong));
        assertEquals(
                List.of(
                        "denomination",
                        "prefecture",
                        "email",
                        "telephone",
                        "dateJournalOfficiel",
                        "datePremierEmbauche",
                        "effectif"),
                List.copyOf(refused.errors().keySet()));
        assertEquals(
                "Date premier embauche : la date ne peut pas être dans le futur.",
                refused.errors().get("datePremierEmbauche"));
        assertEquals(before, countRequests());
    }

    @Test
    void aDomesticEmployerCountsItsStaffByCategory() {
        Map<String, Integer> staff = new LinkedHashMap<>();
        staff.put("GARDIEN", 1);
        staff.put("CUISINIER", 1);
        DomesticRegistrationForm mismatch = domestic(staff, 3);
        assertEquals(
                "Effectif total du personnel : 3 ne correspond pas au total des catégories (2). Corrigez l'un"
                        + " ou l'autre.",
                assertThrows(InvalidFormException.class, () -> submitted(mismatch))
                        .errors()
                        .get("effectif"));

        RequestReceipt receipt = submitted(domestic(staff, 2));
        assertTrue(receipt.reference().startsWith("ED-"));
        Map<String, String> fields =
                preRegistrations.receiptOf(receipt.reference()).fields();
        assertEquals("CUISINIER : 1\nGARDIEN : 1", fields.get("Personnel"));
        assertEquals("AKAKPO", fields.get("Nom"));
        assertEquals("Golfe", fields.get("Préfecture"));
    }

    private static EnterpriseRegistrationForm enterprise(
            String name, String tradeRegister, String email, String phone) {
        return new EnterpriseRegistrationForm(
                name,
                "BDG",
                null,
                "GOLFE",
                "Lomé",
                "Bè",
                "Rue des Palmiers",
                "BP 69 Lomé",
                tradeRegister,
                email,
                phone,
                null,
                null,
                LocalDate.now().minusDays(3),
                12,
                "12 rue des Palmiers, Lomé");
    }

    private static DomesticRegistrationForm domestic(Map<String, Integer> staff, int total) {
        return new DomesticRegistrationForm(
                "GOLFE",
                "Lomé",
                "Tokoin",
                "Togolaise",
                "Akakpo",
                "Ama",
                "Ménage",
                null,
                "F",
                null,
                "+228 99 00 11 22",
                null,
                staff,
                total);
    }

    private long countRequests() {
        return probe.apply(em -> em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class)
                .getSingleResult());
    }

    private long awaitItem(String reference) {
        return WorklistProbe.awaitItem(asAgent, worklists, reference).id();
    }

    /** A test's forms come from a documentation address (TEST-NET-1); the limits are the test server's. */
    private RequestReceipt submitted(EnterpriseRegistrationForm form) {
        return preRegistrations.submit(form, "192.0.2.1");
    }

    private RequestReceipt submitted(DomesticRegistrationForm form) {
        return preRegistrations.submit(form, "192.0.2.1");
    }
}
