package tg.cnss.eservices.document.control;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles the portal's Excel exports share: bold headings, dates as dates (JJ/MM/AAAA),
 * amounts as numbers with thousands grouped — so that a spreadsheet can sum them.
 */
public record XlsxStyles(CellStyle header, CellStyle date, CellStyle money) {

    public static XlsxStyles of(Workbook workbook) {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        return new XlsxStyles(header, date, money);
    }
}
