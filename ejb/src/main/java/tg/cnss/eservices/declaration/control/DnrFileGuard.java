package tg.cnss.eservices.declaration.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The checks of a DNR file before POI opens it, and the French words for what makes it unreadable:
 * its size, that it is a zip (an .xls, a CSV or a PDF renamed .xlsx says so), no entry twice (two
 * parts of one name are a known trick to show one content and process another), and no entry that
 * inflates beyond reason (a zip bomb).
 */
final class DnrFileGuard {

    /** A sheet's XML is about 15 times its zipped size; far beyond is a bomb. */
    private static final long MAX_RATIO = 200;

    private static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    private static final int MAX_ENTRIES = 1_000;

    private DnrFileGuard() {}

    /** A file POI could not read, said in French (a zip bomb, an XML DOCTYPE, anything else). */
    static DnrFileRefusedException damaged(Exception cause) {
        String detail = String.valueOf(cause.getMessage());
        if (detail.contains("Zip bomb")) {
            return new DnrFileRefusedException(
                    "Fichier refusé : son contenu décompressé est démesuré (« bombe zip »). Enregistrez de"
                            + " nouveau la déclaration depuis votre tableur.",
                    cause);
        }
        if (detail.contains("DOCTYPE") || detail.toLowerCase(Locale.ROOT).contains("entity")) {
            return new DnrFileRefusedException(
                    "Fichier refusé : il contient une déclaration XML (DOCTYPE) qu'aucun tableur n'écrit. Enregistrez"
                            + " de nouveau la déclaration depuis Excel, LibreOffice ou Google Sheets.",
                    cause);
        }
        return new DnrFileRefusedException(
                "Fichier illisible : le classeur est endommagé ou incomplet. Ouvrez-le dans votre tableur,"
                        + " enregistrez-le au format Excel (.xlsx) et envoyez-le de nouveau.",
                cause);
    }

    /** Size, kind of file, duplicate or inflating entries: refused with what to do. */
    static void checkContainer(Path file) {
        byte[] start = new byte[8];
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            int read = in.readNBytes(start, 0, start.length);
            start = Arrays.copyOf(start, read);
        } catch (IOException e) {
            throw new DnrFileRefusedException("Fichier illisible : envoyez-le de nouveau.", e);
        }
        if (size > DnrLayout.MAX_BYTES) {
            throw new DnrFileRefusedException("Fichier trop volumineux : " + megabytes(size)
                    + " ; 10 Mo au plus. Retirez les lignes vides et les mises en forme, ou envoyez la déclaration"
                    + " par l'API des logiciels de paie.");
        }
        if (size == 0) {
            throw new DnrFileRefusedException("Le fichier envoyé est vide.");
        }
        if (!startsWith(start, 'P', 'K', 3, 4)) {
            throw notAnXlsx(start);
        }
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Set<String> names = new HashSet<>();
            int entries = 0;
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (++entries > MAX_ENTRIES) {
                    throw new DnrFileRefusedException("Fichier refusé : il contient plus de " + MAX_ENTRIES
                            + " parties, ce qu'aucun tableur n'écrit pour une déclaration.");
                }
                if (!names.add(entry.getName().toLowerCase(Locale.ROOT))) {
                    throw new DnrFileRefusedException("Fichier refusé : la partie « " + entry.getName()
                            + " » y figure deux fois (fichier altéré). Enregistrez de nouveau la déclaration depuis"
                            + " votre tableur.");
                }
                long inflated = entry.getSize();
                long deflated = Math.max(entry.getCompressedSize(), 1);
                if (inflated > MAX_ENTRY_BYTES || (inflated > 1_000_000 && inflated / deflated > MAX_RATIO)) {
                    throw damaged(new IOException("Zip bomb: " + entry.getName()));
                }
            }
            if (!names.contains("[content_types].xml")) {
                throw notAnXlsx(start);
            }
        } catch (IOException notAZip) {
            throw notAnXlsx(start);
        }
    }

    static DnrFileRefusedException notAnXlsx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return notAnXlsx(in.readNBytes(8));
        } catch (IOException e) {
            return notAnXlsx(new byte[0]);
        }
    }

    private static DnrFileRefusedException notAnXlsx(byte[] start) {
        String what;
        if (startsWith(start, 0xD0, 0xCF, 0x11, 0xE0)) {
            what = "c'est un classeur Excel de l'ancien format (.xls)";
        } else if (startsWith(start, '%', 'P', 'D', 'F')) {
            what = "c'est un document PDF";
        } else if (startsWith(start, 'P', 'K')) {
            what = "c'est une archive qui n'est pas un classeur Excel (un classeur OpenDocument .ods, peut-être)";
        } else {
            what = "c'est un fichier texte ou d'un autre type (un CSV, peut-être)";
        }
        return new DnrFileRefusedException("Ce fichier n'est pas un classeur Excel (.xlsx) : " + what
                + ". Ouvrez-le dans votre tableur et choisissez « Enregistrer sous » › « Classeur Excel (.xlsx) »,"
                + " ou partez du fichier modèle.");
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.FRENCH, "%.1f Mo", bytes / 1024.0 / 1024.0);
    }
}
