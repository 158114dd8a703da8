package tg.cnss.eservices.platform.boundary;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tg.cnss.eservices.platform.control.UploadInspector;

/**
 * The files of an `h:inputFile multiple`, read into memory; the file inputs left empty are
 * dropped. A part whose declared size is over the documents' limit is refused before it is read
 * (RejectedUploadException, in French), so that a large upload never fills the heap.
 */
public final class Uploads {

    private Uploads() {}

    public static List<UploadedFile> read(List<Part> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(part -> part.getSubmittedFileName() != null
                        && !part.getSubmittedFileName().isBlank())
                .map(Uploads::read)
                .toList();
    }

    private static UploadedFile read(Part part) {
        UploadInspector.forDocuments().checkSize(part.getSubmittedFileName(), part.getSize());
        try (InputStream in = part.getInputStream()) {
            return new UploadedFile(part.getSubmittedFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture du fichier envoyé impossible", e);
        } finally {
            try {
                part.delete();
            } catch (IOException ignored) {
                // the container removes its temporary files at the end of the request anyway
            }
        }
    }
}
