package tg.cnss.eservices.declaration.control;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The lines of a DNR as one stored document: tab-separated text, one line per worker, gzipped. A
 * DNR is recorded and read as a whole (its receipt, the next quarter's suggestions, its comparison
 * with the monthly declarations), never queried worker by worker — that is what the individual
 * accounts' career lines are for. One row of a few hundred kilobytes instead of 100 000 rows: the
 * employer's report does not wait for the database to index them.
 */
public final class DnrLinesDocument {

    private static final String HEADER = "DNR-LIGNES\t1";

    private DnrLinesDocument() {}

    public static byte[] write(List<DnrLine> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + lines.size() * 24);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder row = new StringBuilder(128);
            for (DnrLine line : lines) {
                row.setLength(0);
                row.append(line.line()).append('\t');
                row.append(line.insuredNumber() == null ? "" : line.insuredNumber())
                        .append('\t');
                row.append(plain(line.lastName())).append('\t');
                row.append(plain(line.firstNames()));
                for (int month = 0; month < 3; month++) {
                    row.append('\t')
                            .append(line.days().get(month))
                            .append('\t')
                            .append(line.pay().get(month));
                }
                row.append('\t')
                        .append(line.exitDate() == null ? "" : line.exitDate().toString())
                        .append('\n');
                out.write(row.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static List<DnrLine> read(byte[] document) {
        List<DnrLine> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(document)), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException("Document de lignes DNR d'un format inconnu : " + header);
            }
            String text;
            while ((text = in.readLine()) != null) {
                String[] f = text.split("\t", -1);
                lines.add(new DnrLine(
                        Integer.parseInt(f[0]),
                        f[1].isEmpty() ? null : f[1],
                        f[2],
                        f[3],
                        List.of(Integer.parseInt(f[4]), Integer.parseInt(f[6]), Integer.parseInt(f[8])),
                        List.of(Long.parseLong(f[5]), Long.parseLong(f[7]), Long.parseLong(f[9])),
                        f[10].isEmpty() ? null : LocalDate.parse(f[10])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Names never hold a tab or a line break once stored (a spreadsheet cell may). */
    private static String plain(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
