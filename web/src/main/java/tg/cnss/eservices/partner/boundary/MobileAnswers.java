package tg.cnss.eservices.partner.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import tg.cnss.eservices.account.boundary.AccountStatementView;
import tg.cnss.eservices.account.boundary.IndividualAccountView;
import tg.cnss.eservices.notification.boundary.InboxNotice;
import tg.cnss.eservices.partner.boundary.PartnerAccess.Answer;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.request.boundary.RequestSummary;

/** The mobile application's answers, in French, as its resource ({@link MobileResource}) sends them. */
final class MobileAnswers {

    private MobileAnswers() {}

    static JsonObject requestsOf(List<RequestSummary> mine) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        mine.forEach(summary -> list.add(Json.createObjectBuilder()
                .add("reference", summary.reference())
                .add("type", summary.kindLabel())
                .add("objet", summary.summary())
                .add("deposeeLe", String.valueOf(summary.submittedAt()))
                .add("statut", summary.status().name())
                .add("statutLibelle", summary.status().label())
                .add("dernierEvenement", summary.lastEvent())
                .add(
                        "le",
                        summary.lastEventAt() == null
                                ? ""
                                : summary.lastEventAt().toString())));
        return Json.createObjectBuilder().add("demandes", list).build();
    }

    static JsonObject noticesOf(List<InboxNotice> latest, long unread) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        latest.forEach(notice -> list.add(Json.createObjectBuilder()
                .add("titre", notice.title())
                .add("texte", notice.body())
                .add("le", notice.createdAt().toString())
                .add("nonLue", notice.unread())));
        return Json.createObjectBuilder()
                .add("nonLues", unread)
                .add("notifications", list)
                .build();
    }

    static Response granted(Answer<MobileAccess.Grant> answer) {
        if (answer.refused()) {
            return Problems.of(answer.problem());
        }
        MobileAccess.Grant grant = answer.value();
        JsonObjectBuilder body = Json.createObjectBuilder().add("etape", grant.etape());
        if (grant.accessToken() != null) {
            body.add("access_token", grant.accessToken())
                    .add("token_type", "Bearer")
                    .add("expires_in", grant.expiresIn())
                    .add("refresh_token", grant.refreshToken());
        } else {
            body.add("methode", grant.methode()).add("jetonEtape", grant.jetonEtape());
        }
        return Response.ok(body.build().toString(), MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    static String numberOf(String registrationNumber) {
        if (registrationNumber == null) {
            return "";
        }
        return registrationNumber.startsWith("E")
                ? EmployerNumber.parse(registrationNumber).display()
                : InsuredNumber.parse(registrationNumber).display();
    }

    static JsonObject individualAccountOf(IndividualAccountView view) {
        JsonArrayBuilder years = Json.createArrayBuilder();
        view.career().years().forEach(year -> {
            JsonArrayBuilder months = Json.createArrayBuilder();
            year.months()
                    .forEach(month -> months.add(Json.createObjectBuilder()
                            .add("mois", month.period().toString())
                            .add("employeur", month.employerNumber() == null ? "" : month.employerNumber())
                            .add("jours", month.days())
                            .add("salaire", month.pay())));
            years.add(Json.createObjectBuilder()
                    .add("annee", year.year())
                    .add("moisValides", year.monthsCounted())
                    .add("salaires", year.pay().value())
                    .add("mois", months));
        });
        return Json.createObjectBuilder()
                .add("numero", view.insuredNumber())
                .add("nom", view.fullName())
                .add("moisValides", view.career().monthsCounted())
                .add("annees", years)
                .build();
    }

    static JsonObject contributorAccountOf(AccountStatementView view) {
        JsonArrayBuilder periods = Json.createArrayBuilder();
        view.periods()
                .forEach(period -> periods.add(Json.createObjectBuilder()
                        .add("periode", period.periodLabel())
                        .add("echeance", String.valueOf(period.dueDate()))
                        .add("declare", period.declared().value())
                        .add("paye", period.paid().value())
                        .add("majorations", period.surcharges().value())
                        .add("reste", period.balance().value())
                        .add("etat", period.state())));
        return Json.createObjectBuilder()
                .add("employeur", view.employer())
                .add("au", String.valueOf(view.asOf()))
                .add("solde", view.balance().value())
                .add("majorations", view.surcharges().value())
                .add("avance", view.advance().value())
                .add("periodes", periods)
                .build();
    }
}
