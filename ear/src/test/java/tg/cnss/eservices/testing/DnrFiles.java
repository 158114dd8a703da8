package tg.cnss.eservices.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** DNR files for tests: the portal's model filled as an employer would in Excel, and the committed samples. */
public final class DnrFiles {

    private DnrFiles() {}

    /** The model with values put in cells of its "DNR" sheet: {"D9", 31}, {"A10", "1000000002-87"}… */
    public static byte[] filled(byte[] model, Object[][] cells) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(model));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheet("DNR");
            for (Object[] cell : cells) {
                CellReference ref = new CellReference((String) cell[0]);
                Row row =
                        sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
                if (row.getCell(ref.getCol()) != null) {
                    // the model's strings are inline ones, which XSSF does not overwrite: a new cell instead
                    row.removeCell(row.getCell(ref.getCol()));
                }
                Cell target = row.createCell(ref.getCol());
                if (cell[1] instanceof Number number) {
                    target.setCellValue(number.doubleValue());
                } else {
                    target.setCellValue((String) cell[1]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample file added to the test deployment under "dnr/". */
    public static byte[] sample(String name) {
        try (InputStream in = DnrFiles.class.getClassLoader().getResourceAsStream("dnr/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Fichier d'essai absent : dnr/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
