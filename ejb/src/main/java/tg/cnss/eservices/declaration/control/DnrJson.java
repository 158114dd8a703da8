package tg.cnss.eservices.declaration.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import tg.cnss.eservices.kernel.Quarter;

/**
 * A DNR sent as JSON by a payroll software, read into the lines of the model — nothing checked but
 * the shape: the values go, as texts, through the same rules as a file's cells (so that a wrong
 * value is reported as it was sent, in the same words).
 *
 * <pre>{"trimestre": "T3 2026", "totalSalaires": 1710000,
 *  "travailleurs": [{"numeroAssure": "1000000001-90", "nom": "AMEGAN", "prenoms": "Kossi",
 *                    "mois": [{"jours": 31, "salaire": 350000}, …three months…], "dateSortie": null}]}</pre>
 */
public final class DnrJson {

    /** The declaration as sent: its quarter, the total stated (blank if none), its lines. */
    public record Declaration(Quarter quarter, String total, List<DnrRow> rows) {}

    /** A body that is not a DNR: where (a JSON pointer) and why, in French. */
    public static final class UnreadableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String pointer;

        UnreadableException(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }

        public String pointer() {
            return pointer;
        }
    }

    private DnrJson() {}

    public static Declaration read(String body) {
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new UnreadableException("", "Corps illisible : un objet JSON est attendu (voir l'exemple).");
        }
        Quarter quarter;
        try {
            quarter = Quarter.parse(text(root.get("trimestre")));
        } catch (IllegalArgumentException wrong) {
            throw new UnreadableException("/trimestre", "trimestre : " + wrong.getMessage());
        }
        if (!(root.get("travailleurs") instanceof JsonArray workers)) {
            throw new UnreadableException("/travailleurs", "travailleurs : la liste des travailleurs est attendue.");
        }
        if (workers.size() > DnrLayout.MAX_ROWS) {
            throw new UnreadableException(
                    "/travailleurs", "travailleurs : " + DnrLayout.MAX_ROWS + " travailleurs au plus par envoi.");
        }
        List<DnrRow> rows = new ArrayList<>(workers.size());
        for (int index = 0; index < workers.size(); index++) {
            rows.add(rowOf(workers.get(index), index));
        }
        return new Declaration(quarter, text(root.get("totalSalaires")), rows);
    }

    /** Line {@code index} of the JSON is the model's row 9 + index, as the report names it. */
    private static DnrRow rowOf(JsonValue value, int index) {
        String where = "/travailleurs/" + index;
        if (!(value instanceof JsonObject worker)) {
            throw new UnreadableException(where, "travailleurs[" + index + "] : un objet est attendu.");
        }
        if (!(worker.get("mois") instanceof JsonArray months) || months.size() != 3) {
            throw new UnreadableException(
                    where + "/mois", "travailleurs[" + index + "].mois : les trois mois du trimestre, dans l'ordre.");
        }
        List<String> days = new ArrayList<>(3);
        List<String> pay = new ArrayList<>(3);
        for (int month = 0; month < 3; month++) {
            if (!(months.get(month) instanceof JsonObject declared)) {
                // a month left out is sent as null: nothing declared for it
                days.add("");
                pay.add("");
                continue;
            }
            days.add(text(declared.get("jours")));
            pay.add(text(declared.get("salaire")));
        }
        return new DnrRow(
                DnrLayout.TABLE_HEADER_ROW + 2 + index,
                text(worker.get("numeroAssure")),
                text(worker.get("nom")),
                text(worker.get("prenoms")),
                days,
                pay,
                text(worker.get("dateSortie")));
    }

    /** A value as the rules read a cell: a string as is, a number as written, nothing as "". */
    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        return value.toString();
    }
}
