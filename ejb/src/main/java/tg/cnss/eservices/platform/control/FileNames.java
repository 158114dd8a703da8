package tg.cnss.eservices.platform.control;

/**
 * The name a user gave a file, made safe to show and to offer on download: no folders (some
 * browsers send the whole path), no control or reserved characters, at most 150 characters with
 * the extension kept.
 */
public final class FileNames {

    static final int MAX_LENGTH = 150;
    private static final String FALLBACK = "piece-jointe";

    private FileNames() {}

    public static String clean(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        return name.isBlank() ? FALLBACK : fit(name);
    }

    static String fit(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
        return name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
}
