package tg.cnss.eservices.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.request.boundary.AttachmentLine;
import tg.cnss.eservices.request.boundary.ClaimForm;
import tg.cnss.eservices.request.boundary.RequestDetail;
import tg.cnss.eservices.request.boundary.RequestReceipt;
import tg.cnss.eservices.request.boundary.Requests;
import tg.cnss.eservices.request.boundary.UnknownRequestException;
import tg.cnss.eservices.request.entity.RequestStatus;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.SampleFiles;
import tg.cnss.eservices.testing.WorklistProbe;
import tg.cnss.eservices.testing.acting.AsEmployer;
import tg.cnss.eservices.testing.acting.AsInsured;
import tg.cnss.eservices.testing.acting.AsRecouvrementAgent;
import tg.cnss.eservices.testing.acting.AsRelationsAgent;
import tg.cnss.eservices.worklist.boundary.UnknownWorkItemException;
import tg.cnss.eservices.worklist.boundary.Worklists;

/**
 * Files joined to requests, inside the real server and database: kept with the step they came
 * with, typed from their content, given back only to the requester and the department, and a
 * refused file leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class RequestAttachmentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(RequestAttachmentsIT.class, SampleFiles.class);
    }

    @Inject
    Requests requests;

    @Inject
    Worklists worklists;

    @Inject
    PersistenceProbe probe;

    @Inject
    AsInsured asInsured;

    @Inject
    AsEmployer asEmployer;

    @Inject
    AsRelationsAgent asAgent;

    @Inject
    AsRecouvrementAgent asOtherDepartment;

    @Test
    void aClaimKeepsItsFilesForTheRequesterAndItsDepartmentOnly() {
        byte[] statement = SampleFiles.pdf("Releve de carriere");
        byte[] photo = SampleFiles.png();
        RequestReceipt receipt = asInsured.call(() -> requests.submitClaim(
                claim("Pièces"),
                List.of(
                        new UploadedFile("C:\\Documents\\Relevé de carrière.pdf", statement),
                        new UploadedFile("bulletin", photo))));

        RequestDetail detail = asInsured.call(() -> requests.detail(receipt.reference()));
        List<AttachmentLine> files = detail.attachments();
        assertEquals(
                List.of("Relevé de carrière.pdf", "bulletin.png"),
                files.stream().map(AttachmentLine::fileName).toList());
        assertEquals(
                List.of("PDF", "Image PNG"),
                files.stream().map(AttachmentLine::typeLabel).toList());
        assertEquals(
                List.of("Demande soumise", "Demande soumise"),
                files.stream().map(AttachmentLine::step).toList());
        assertEquals(statement.length, files.get(0).size());

        long pdfId = files.get(0).id();
        var mine = asInsured.call(() -> requests.attachment(pdfId));
        assertArrayEquals(statement, mine.content());
        assertEquals("application/pdf", mine.mediaType());
        awaitItem(receipt.reference());
        assertArrayEquals(
                photo,
                asAgent.call(() -> worklists.attachment(files.get(1).id())).content());

        assertThrows(UnknownRequestException.class, () -> asEmployer.call(() -> requests.attachment(pdfId)));
        assertThrows(UnknownWorkItemException.class, () -> asOtherDepartment.call(() -> worklists.attachment(pdfId)));
        assertThrows(UnknownRequestException.class, () -> asInsured.call(() -> requests.attachment(Long.MAX_VALUE)));
    }

    @Test
    void aRefusedFileFilesNothing() {
        String object = unique("Refusée");
        RejectedUploadException refused = assertThrows(
                RejectedUploadException.class,
                () -> asInsured.call(() -> requests.submitClaim(
                        new ClaimForm(object, "Avec un programme"),
                        List.of(
                                new UploadedFile("releve.pdf", SampleFiles.pdf("ok")),
                                new UploadedFile("facture.pdf", SampleFiles.windowsProgram())))));
        assertEquals(
                "Le fichier « facture.pdf » n'est ni un PDF, ni une image JPEG ou PNG : seuls ces formats sont"
                        + " acceptés.",
                refused.getMessage());
        assertEquals(0L, (long) probe.apply(
                em -> em.createQuery("SELECT COUNT(r) FROM ServiceRequest r WHERE r.summary = :s", Long.class)
                        .setParameter("s", object)
                        .getSingleResult()));

        UploadedFile one = new UploadedFile("a.png", SampleFiles.png());
        RejectedUploadException tooMany = assertThrows(
                RejectedUploadException.class,
                () -> asInsured.call(() -> requests.check(List.of(one, one, one, one, one, one))));
        assertEquals(
                "Joignez au plus 5 fichiers à la fois (rassemblez plusieurs pages dans un même PDF).",
                tooMany.getMessage());
    }

    @Test
    void anAnswerBringsNewFilesAndARefusedOneKeepsTheQuestionOpen() {
        RequestReceipt receipt = asInsured.call(() -> requests.submitClaim(claim("Complément"), List.of()));
        long itemId = awaitItem(receipt.reference());
        asAgent.call(() -> {
            worklists.take(itemId, worklists.item(itemId).revision());
            return null;
        });
        asAgent.call(() -> {
            worklists.requestInformation(itemId, worklists.item(itemId).revision(), "Joignez votre bulletin de paie.");
            return null;
        });

        assertThrows(
                RejectedUploadException.class,
                () -> asInsured.call(() -> {
                    requests.answer(
                            receipt.reference(), "Le voici", List.of(new UploadedFile("bulletin.jpg", new byte[0])));
                    return null;
                }));
        assertEquals(
                RequestStatus.INFO_REQUESTED,
                asInsured.call(() -> requests.detail(receipt.reference())).status());

        asInsured.call(() -> {
            requests.answer(
                    receipt.reference(), "Le voici", List.of(new UploadedFile("bulletin.jpg", SampleFiles.jpeg())));
            return null;
        });
        RequestDetail detail = asAgent.call(() -> worklists.detail(itemId));
        assertEquals(RequestStatus.IN_PROGRESS, detail.status());
        assertEquals(1, detail.attachments().size());
        assertEquals("Complément fourni", detail.attachments().get(0).step());
        assertEquals("Image JPEG", detail.attachments().get(0).typeLabel());
    }

    private long awaitItem(String reference) {
        return WorklistProbe.awaitItem(asAgent, worklists, reference).id();
    }

    private static ClaimForm claim(String object) {
        return new ClaimForm(unique(object), "Voir les pièces jointes.");
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
