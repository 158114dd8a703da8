package tg.cnss.eservices.platform.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import tg.cnss.eservices.platform.boundary.RejectedUploadException;
import tg.cnss.eservices.platform.boundary.UploadedFile;
import tg.cnss.eservices.platform.entity.FileType;

/**
 * Decides what a file is from its bytes, never from its name (quality.md): a PDF must start with
 * its header and end with its trailer, an image must be readable as the format its signature
 * claims, with sane dimensions. Only the headers are read — images are not decoded — so a
 * hostile file costs no more than its size, which is checked first.
 */
public final class UploadInspector {

    /** Documents joined to requests and ID documents: 5 MB (quality.md). */
    public static final long DOCUMENT_MAX_BYTES = 5L * 1024 * 1024;

    /** Beyond this an image is not a scanned page but an attempt to exhaust whoever decodes it. */
    private static final long MAX_PIXELS = 50_000_000L;

    private static final int TRAILER_WINDOW = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Set<String> JPEG_EXTENSIONS = Set.of("jpg", "jpeg");

    private final long maxBytes;

    public UploadInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static UploadInspector forDocuments() {
        return new UploadInspector(DOCUMENT_MAX_BYTES);
    }

    /**
     * Refuses a file larger than allowed; called with the size a multipart part declares before
     * any of it is read into memory, then again with the bytes read.
     */
    public void checkSize(String fileName, long size) {
        if (size > maxBytes) {
            throw new RejectedUploadException("Le fichier « " + FileNames.clean(fileName) + " » pèse " + megabytes(size)
                    + " : la taille maximale est de " + megabytes(maxBytes) + ".");
        }
    }

    public InspectedFile inspect(UploadedFile upload) {
        String shownName = FileNames.clean(upload.fileName());
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new RejectedUploadException("Le fichier « " + shownName + " » est vide.");
        }
        checkSize(upload.fileName(), content.length);
        FileType type = typeOf(content, shownName);
        return new InspectedFile(withExtensionOf(type, shownName), type, content, Secrets.sha256Hex(content));
    }

    private static FileType typeOf(byte[] content, String shownName) {
        if (startsWith(content, PDF_HEADER)) {
            if (!endsNear(content, PDF_TRAILER)) {
                throw damaged(shownName, "PDF");
            }
            return FileType.PDF;
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            checkImage(content, "png", shownName);
            return FileType.PNG;
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            checkImage(content, "jpeg", shownName);
            return FileType.JPEG;
        }
        throw new RejectedUploadException("Le fichier « " + shownName
                + " » n'est ni un PDF, ni une image JPEG ou PNG : seuls ces formats sont acceptés.");
    }

    /** Reads the image's header through the reader of its format: width and height, no pixels. */
    private static void checkImage(byte[] content, String format, String shownName) {
        String label = format.equals("png") ? "image PNG" : "image JPEG";
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                throw new RejectedUploadException("L'image « " + shownName + " » a des dimensions inacceptables ("
                        + width + " × " + height + " pixels).");
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RejectedUploadException rejected) {
                throw rejected;
            }
            throw damaged(shownName, label);
        } finally {
            reader.dispose();
        }
    }

    private static RejectedUploadException damaged(String shownName, String what) {
        return new RejectedUploadException("Le fichier « " + shownName + " » est endommagé : il ne se lit pas comme un "
                + what + ". Enregistrez-le de nouveau ou numérisez le document une autre fois.");
    }

    /** The shown name keeps the user's words but gets the extension of what the file really is. */
    static String withExtensionOf(FileType type, String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        boolean matches =
                extension.equals(type.extension()) || type == FileType.JPEG && JPEG_EXTENSIONS.contains(extension);
        return matches ? name : FileNames.fit(name + "." + type.extension());
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The marker within the last kilobyte: writers may add line ends or padding after it. */
    private static boolean endsNear(byte[] content, byte[] marker) {
        int from = Math.max(0, content.length - TRAILER_WINDOW);
        outer:
        for (int i = content.length - marker.length; i >= from; i--) {
            for (int j = 0; j < marker.length; j++) {
                if (content[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Rounded up to a tenth, so that a file just over the limit never reads as the limit. */
    static String megabytes(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        return format.format(Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10) + " Mo";
    }
}
