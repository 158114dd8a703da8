package tg.cnss.eservices.platform.entity;

/**
 * The kinds of files the portal accepts, as decided from their content (never from their name):
 * what is stored with a file and sent back when it is downloaded.
 */
public enum FileType {
    PDF("application/pdf", "pdf", "PDF"),
    JPEG("image/jpeg", "jpg", "Image JPEG"),
    PNG("image/png", "png", "Image PNG");

    private final String mediaType;
    private final String extension;
    private final String label;

    FileType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension a downloaded copy gets, whatever the name it was uploaded under. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Type de fichier inconnu : " + mediaType);
    }
}
