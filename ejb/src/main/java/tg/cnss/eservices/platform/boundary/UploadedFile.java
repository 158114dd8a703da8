package tg.cnss.eservices.platform.boundary;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file as the browser sent it: the name the user gave it (which proves nothing) and its bytes.
 * Kept by a form between its preview and its confirmation.
 */
public record UploadedFile(String fileName, byte[] content) implements Serializable {

    public UploadedFile {
        fileName = fileName == null ? "" : fileName;
        Objects.requireNonNull(content);
    }

    public long size() {
        return content.length;
    }
}
