package tg.cnss.eservices.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Security review, low findings: a part's declared size is checked before it is read into memory. */
class UploadsTest {

    @Test
    void aPartDeclaredTooLargeIsRefusedWithoutBeingRead() {
        FakePart huge = new FakePart("scan.pdf", 6L * 1024 * 1024, null);
        RejectedUploadException refused =
                assertThrows(RejectedUploadException.class, () -> Uploads.read(List.of(huge)));
        assertTrue(refused.getMessage().contains("la taille maximale est de 5 Mo"), refused.getMessage());
        assertEquals(0, huge.reads, "never read");
    }

    @Test
    void aPartWithinTheLimitIsReadAndEmptyInputsAreDropped() {
        FakePart small = new FakePart("photo.png", 3, new byte[] {1, 2, 3});
        List<UploadedFile> read = Uploads.read(List.of(small, new FakePart("", 0, new byte[0])));
        assertEquals(1, read.size());
        assertEquals(3, read.get(0).size());
    }

    private static final class FakePart implements Part {
        private final String name;
        private final long size;
        private final byte[] content;
        int reads;

        FakePart(String name, long size, byte[] content) {
            this.name = name;
            this.size = size;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            reads++;
            return new ByteArrayInputStream(content);
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public String getName() {
            return "fichiers";
        }

        @Override
        public String getSubmittedFileName() {
            return name;
        }

        @Override
        public long getSize() {
            return size;
        }

        @Override
        public void write(String fileName) {}

        @Override
        public void delete() {}

        @Override
        public String getHeader(String header) {
            return null;
        }

        @Override
        public Collection<String> getHeaders(String header) {
            return List.of();
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.of();
        }
    }
}
