package tg.cnss.eservices.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.entity.FileType;

class UploadInspectorTest {

    private final UploadInspector inspector = UploadInspector.forDocuments();

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void typesAreReadFromTheContent() throws IOException {
        assertEquals(
                FileType.PDF,
                inspector.inspect(new UploadedFile("releve.pdf", pdf())).type());
        assertEquals(
                FileType.PNG,
                inspector.inspect(new UploadedFile("capture.png", image("png"))).type());
        assertEquals(
                FileType.JPEG,
                inspector.inspect(new UploadedFile("photo.JPEG", image("jpg"))).type());
    }

    @Test
    void theNameTakesTheExtensionOfWhatTheFileReallyIs() throws IOException {
        assertEquals(
                "scan.png.pdf",
                inspector.inspect(new UploadedFile("scan.png", pdf())).fileName());
        assertEquals(
                "photo.jpg",
                inspector.inspect(new UploadedFile("photo", image("jpg"))).fileName());
        assertEquals(
                "Photo.JPG",
                inspector.inspect(new UploadedFile("Photo.JPG", image("jpg"))).fileName());
    }

    @Test
    void aProgramNamedLikeAPdfIsRefused() {
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        var refused = assertThrows(
                RejectedUploadException.class,
                () -> inspector.inspect(new UploadedFile("attestation.pdf", executable)));
        assertEquals(
                "Le fichier « attestation.pdf » n'est ni un PDF, ni une image JPEG ou PNG : seuls ces formats"
                        + " sont acceptés.",
                refused.getMessage());
    }

    @Test
    void htmlIsRefusedWhateverItsName() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThrows(RejectedUploadException.class, () -> inspector.inspect(new UploadedFile("photo.png", html)));
    }

    @Test
    void aTruncatedPdfIsRefusedAsDamaged() {
        byte[] truncated = Arrays.copyOf(pdf(), 30);
        var refused = assertThrows(
                RejectedUploadException.class, () -> inspector.inspect(new UploadedFile("releve.pdf", truncated)));
        assertTrue(refused.getMessage().contains("endommagé"), refused.getMessage());
    }

    @Test
    void anImageSignatureOverGarbageIsRefusedAsDamaged() throws IOException {
        byte[] png = image("png");
        byte[] garbage = Arrays.copyOf(png, 12);
        var refused = assertThrows(
                RejectedUploadException.class, () -> inspector.inspect(new UploadedFile("capture.png", garbage)));
        assertTrue(refused.getMessage().contains("image PNG"), refused.getMessage());
    }

    @Test
    void emptyAndOversizedFilesAreRefusedWithTheirSize() {
        assertEquals(
                "Le fichier « vide.pdf » est vide.",
                assertThrows(
                                RejectedUploadException.class,
                                () -> inspector.inspect(new UploadedFile("vide.pdf", new byte[0])))
                        .getMessage());
        byte[] big = new byte[(int) UploadInspector.DOCUMENT_MAX_BYTES + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertEquals(
                "Le fichier « gros.pdf » pèse 5,1 Mo : la taille maximale est de 5 Mo.",
                assertThrows(RejectedUploadException.class, () -> inspector.inspect(new UploadedFile("gros.pdf", big)))
                        .getMessage());
        byte[] bigger = new byte[(int) (UploadInspector.DOCUMENT_MAX_BYTES * 3 / 2)];
        assertTrue(assertThrows(
                        RejectedUploadException.class, () -> inspector.inspect(new UploadedFile("gros.pdf", bigger)))
                .getMessage()
                .contains("pèse 7,5 Mo"));
    }

    @Test
    void aFileExactlyAtTheLimitIsAccepted() {
        byte[] limit = new byte[(int) UploadInspector.DOCUMENT_MAX_BYTES];
        byte[] pdf = pdf();
        System.arraycopy(pdf, 0, limit, 0, pdf.length);
        byte[] trailer = "%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(trailer, 0, limit, limit.length - trailer.length, trailer.length);
        assertEquals(
                UploadInspector.DOCUMENT_MAX_BYTES,
                inspector.inspect(new UploadedFile("limite.pdf", limit)).size());
    }

    @Test
    void theDigestIdentifiesTheContent() {
        assertEquals(
                64, inspector.inspect(new UploadedFile("a.pdf", pdf())).sha256().length());
        assertEquals(
                inspector.inspect(new UploadedFile("a.pdf", pdf())).sha256(),
                inspector.inspect(new UploadedFile("b.pdf", pdf())).sha256());
    }
}
