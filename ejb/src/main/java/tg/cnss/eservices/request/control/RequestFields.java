package tg.cnss.eservices.request.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tg.cnss.eservices.request.entity.RequestKind;
import tg.cnss.eservices.request.entity.ServiceRequest;

/**
 * A request's form as people read it: the manual's labels, in the manual's order, with dates
 * JJ/MM/AAAA — for the detail pages (requester and agent) and the PDF summary.
 */
public final class RequestFields {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RequestFields() {}

    public static Map<String, String> of(ServiceRequest request) {
        return of(request.getKind(), request.getPayload());
    }

    /** Also for previews ("Vérifiez vos réponses"), from the payload a form is about to be filed with. */
    public static Map<String, String> of(RequestKind kind, String payload) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(payload))) {
            json = reader.readObject();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        switch (kind) {
            case CLAIM -> {
                fields.put("Objet de la réclamation", text(json, "object"));
                fields.put("Explication", text(json, "explanation"));
            }
            case EMPLOYER_REGISTRATION -> {
                fields.put("Dénomination", text(json, "denomination"));
                fields.put("Sigle", text(json, "acronym"));
                fields.put("N° Carte Opérateur économique", text(json, "operatorCard"));
                location(fields, json);
                fields.put("Boite postale", text(json, "poBox"));
                fields.put("N° Registre de commerce", text(json, "tradeRegister"));
                fields.put("Email", text(json, "email"));
                fields.put("Téléphone", phone(json, "phone"));
                fields.put("Fax", phone(json, "fax"));
                fields.put("Date journal officiel", day(json, "officialJournalDate"));
                fields.put("Date premier embauche", day(json, "firstHiringDate"));
                fields.put("Effectif total du personnel", text(json, "totalStaff"));
                fields.put("Adresse siège", text(json, "headOfficeAddress"));
            }
            case DOMESTIC_EMPLOYER_REGISTRATION -> {
                location(fields, json);
                fields.put("Nationalité", text(json, "nationality"));
                fields.put("Nom", text(json, "lastName"));
                fields.put("Prénoms", text(json, "firstNames"));
                fields.put("Description activité", text(json, "activityDescription"));
                fields.put("Sexe", text(json, "sex"));
                fields.put("Email", text(json, "email"));
                fields.put("Téléphone", phone(json, "phone"));
                fields.put("Fax", phone(json, "fax"));
                JsonObject staff = json.containsKey("staffByCategory") ? json.getJsonObject("staffByCategory") : null;
                if (staff != null) {
                    StringBuilder lines = new StringBuilder();
                    staff.forEach((category, count) -> {
                        if (!"0".equals(count.toString())) {
                            lines.append(lines.isEmpty() ? "" : "\n")
                                    .append(category)
                                    .append(" : ")
                                    .append(count);
                        }
                    });
                    fields.put("Personnel", lines.toString());
                }
                fields.put("Effectif total du personnel", text(json, "totalStaff"));
            }
            case PROFILE_CHANGE -> {
                // Each change as "old → new", so that the agent sees what the account holds and what it would hold.
                json.getJsonArray("changes")
                        .getValuesAs(JsonObject.class)
                        .forEach(change -> fields.put(
                                text(change, "label"),
                                text(change, "old") + " → " + text(change, "new")
                                        + (change.getBoolean("verified", false) ? " (vérifié par code)" : "")));
                fields.put("Motif", text(json, "reason"));
            }
            // Forms stored with their labels as keys (account activation): shown as they are.
            default -> json.keySet().forEach(name -> fields.put(name, text(json, name)));
        }
        fields.values().removeIf(value -> value == null || value.isBlank());
        return fields;
    }

    private static void location(Map<String, String> fields, JsonObject json) {
        fields.put(
                "Préfecture",
                text(json, "prefectureName").isEmpty() ? text(json, "prefectureCode") : text(json, "prefectureName"));
        fields.put("Ville", text(json, "town"));
        fields.put("Quartier", text(json, "district"));
        fields.put("Rue", text(json, "street"));
    }

    private static String text(JsonObject json, String name) {
        if (!json.containsKey(name) || json.isNull(name)) {
            return "";
        }
        var value = json.get(name);
        return value.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                ? json.getString(name)
                : value.toString();
    }

    /** "+228 90 12 34 56", as people write it (stored "+22890123456"). */
    private static String phone(JsonObject json, String name) {
        String stored = text(json, name);
        try {
            return stored.isEmpty()
                    ? ""
                    : tg.cnss.eservices.identity.entity.PhoneNumber.parse(stored)
                            .display();
        } catch (IllegalArgumentException notTogolese) {
            return stored;
        }
    }

    private static String day(JsonObject json, String name) {
        String iso = text(json, name);
        return iso.isEmpty() ? "" : DAY.format(LocalDate.parse(iso));
    }
}
