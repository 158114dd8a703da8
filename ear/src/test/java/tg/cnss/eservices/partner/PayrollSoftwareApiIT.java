package tg.cnss.eservices.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tg.cnss.eservices.testing.PartnerApiCalls.assertProblem;
import static tg.cnss.eservices.testing.PartnerApiCalls.json;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tg.cnss.eservices.declaration.boundary.DnrUploadStatus;
import tg.cnss.eservices.declaration.boundary.DnrUploads;
import tg.cnss.eservices.declaration.boundary.PayrollSoftwareFilings;
import tg.cnss.eservices.declaration.boundary.WageDeclarations;
import tg.cnss.eservices.declaration.control.DnrReport;
import tg.cnss.eservices.kernel.Quarter;
import tg.cnss.eservices.partner.boundary.PartnerClients;
import tg.cnss.eservices.partner.boundary.PayrollMandates;
import tg.cnss.eservices.partner.entity.PartnerKind;
import tg.cnss.eservices.partner.entity.PartnerScope;
import tg.cnss.eservices.registration.entity.ContractType;
import tg.cnss.eservices.registration.entity.DepartureReason;
import tg.cnss.eservices.registration.entity.EmployerNumber;
import tg.cnss.eservices.registration.entity.Employment;
import tg.cnss.eservices.registration.entity.InsuredNumber;
import tg.cnss.eservices.testing.DnrFiles;
import tg.cnss.eservices.testing.Eventually;
import tg.cnss.eservices.testing.GoodStandingSeeder;
import tg.cnss.eservices.testing.PartnerApiCalls;
import tg.cnss.eservices.testing.PersistenceProbe;
import tg.cnss.eservices.testing.PortalDeployment;
import tg.cnss.eservices.testing.acting.AsAdmin;
import tg.cnss.eservices.testing.acting.AsQuitusEmployer;

/**
 * Payroll software over the partner API (scope {@code declarations}), for an employer who
 * authorised it: a DNR sent as the model or as JSON gets the very report of the web upload of the
 * same file; read during the call, or later on request (202, then its status); the monthly
 * declaration recorded, a second one on the same revision refused (409), a month not begun refused
 * field by field (422); no mandate, a withdrawn one, another scope, a wrong number refused.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollSoftwareApiIT {

    private static final Quarter Q2 = new Quarter(2026, 2);
    private static final Duration READ_WITHIN = Duration.ofSeconds(60);

    /** Line 9: a day too many in April, a pay with decimals in May; line 10: no insured number (a warning). */
    private static final Object[][] WRONG = {
        {"A9", "1000000001-90"},
        {"B9", "AMEGAN"},
        {"C9", "Kossi"},
        {"D9", 31},
        {"E9", 150_000},
        {"F9", 31},
        {"G9", "150000,50"},
        {"H9", 30},
        {"I9", 150_000},
        {"B10", "NOUVEAU"},
        {"C10", "Jean"},
        {"D10", 30},
        {"E10", 120_000},
        {"F10", 31},
        {"G10", 120_000},
        {"H10", 30},
        {"I10", 120_000}
    };

    private static final String WRONG_JSON = "{\"trimestre\":\"T2 2026\",\"travailleurs\":["
            + "{\"numeroAssure\":\"1000000001-90\",\"nom\":\"AMEGAN\",\"prenoms\":\"Kossi\",\"mois\":["
            + "{\"jours\":31,\"salaire\":150000},{\"jours\":31,\"salaire\":\"150000,50\"},{\"jours\":30,\"salaire\":150000}]},"
            + "{\"nom\":\"NOUVEAU\",\"prenoms\":\"Jean\",\"mois\":["
            + "{\"jours\":30,\"salaire\":120000},{\"jours\":31,\"salaire\":120000},{\"jours\":30,\"salaire\":120000}]}]}";

    /** KOUDJO left on 31 May: the DNR ends his employment. */
    private static final String GOOD_JSON = "{\"trimestre\":\"T2 2026\",\"totalSalaires\":960000,\"travailleurs\":["
            + "{\"numeroAssure\":\"1000000001-90\",\"nom\":\"AMEGAN\",\"prenoms\":\"Kossi\",\"mois\":["
            + "{\"jours\":30,\"salaire\":240000},{\"jours\":31,\"salaire\":240000},{\"jours\":30,\"salaire\":240000}]},"
            + "{\"numeroAssure\":\"1000000002-87\",\"nom\":\"KOUDJO\",\"prenoms\":\"Afi\",\"mois\":["
            + "{\"jours\":30,\"salaire\":120000},{\"jours\":31,\"salaire\":120000},null],"
            + "\"dateSortie\":\"2026-05-31\"}]}";

    @Deployment
    static EnterpriseArchive deployment() {
        return PortalDeployment.withTests(
                PayrollSoftwareApiIT.class, GoodStandingSeeder.class, PartnerApiCalls.class, DnrFiles.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsQuitusEmployer asEmployer;

    @Inject
    PartnerClients clients;

    @Inject
    PayrollMandates mandates;

    @Inject
    DnrUploads uploads;

    @Inject
    WageDeclarations wageDeclarations;

    @Inject
    PayrollSoftwareFilings filings;

    @Inject
    GoodStandingSeeder seeder;

    @Inject
    PersistenceProbe probe;

    private final PartnerApiCalls api = new PartnerApiCalls();

    /** An employer of its own, and a payroll software he authorised. */
    private EmployerNumber employer;

    private PartnerClients.NewSecret software;

    private String bearer;

    @BeforeEach
    void anEmployerAndHisSoftware() throws Exception {
        employer = seeder.seed(AsQuitusEmployer.EMAIL);
        software = payrollSoftware(EnumSet.of(PartnerScope.DECLARATIONS));
        asEmployer.call(() -> {
            mandates.grant(software.clientId());
            return null;
        });
        bearer = api.bearer(software);
    }

    @Test
    void theSameDnrGetsTheSameReportFromTheWebPageTheModelAndJson() throws Exception {
        byte[] file = DnrFiles.filled(asEmployer.call(() -> wageDeclarations.model(Q2)), WRONG);
        DnrUploadStatus sent = asEmployer.call(() -> uploads.submit("dnr-t2.xlsx", file));
        DnrReport web = Eventually.await(
                        "le fichier envoyé sur la page lu",
                        READ_WITHIN,
                        () -> asEmployer
                                .call(() -> uploads.status(sent.token()))
                                .orElseThrow(),
                        DnrUploadStatus::finished)
                .report();
        assertFalse(web.accepted(), String.valueOf(web));
        assertTrue(web.errorCount() >= 1 && web.warningCount() >= 1, String.valueOf(web));

        HttpResponse<String> asModel =
                post("/dnr", PartnerApiCalls.XLSX, HttpRequest.BodyPublishers.ofByteArray(file), null);
        assertEquals(200, asModel.statusCode(), asModel.body());
        JsonObject answer = json(asModel);
        assertEquals("TERMINE", answer.getString("etat"));
        assertEquals("REJETEE", answer.getString("resultat"));
        assertEquals(web, reportOf(answer.getString("jeton")), "le fichier modèle par l'API");
        JsonObject firstLine =
                answer.getJsonObject("rapport").getJsonArray("lignes").getJsonObject(0);
        assertEquals(web.lines().get(0).cell(), firstLine.getString("cellule"));
        assertEquals(web.lines().get(0).message(), firstLine.getString("message"));
        assertTrue(
                asModel.headers().firstValue("Location").orElseThrow().endsWith("/dnr/" + answer.getString("jeton")));

        HttpResponse<String> asJson =
                post("/dnr", "application/json", HttpRequest.BodyPublishers.ofString(WRONG_JSON), null);
        assertEquals(200, asJson.statusCode(), asJson.body());
        assertEquals(web.lines(), reportOf(json(asJson).getString("jeton")).lines(), "la même déclaration en JSON");
    }

    @Test
    void aDnrIsReadLaterWhenTheSoftwarePrefersThenRecordedAsAcceptedAndEndsTheEmploymentsOfThoseWhoLeft()
            throws Exception {
        long amegan = probe.persist(new Employment(
                        employer,
                        InsuredNumber.parse("1000000001-90"),
                        LocalDate.of(2020, 1, 1),
                        "Comptable",
                        ContractType.CDI,
                        240_000))
                .getId();
        long koudjo = probe.persist(new Employment(
                        employer,
                        InsuredNumber.parse("1000000002-87"),
                        LocalDate.of(2021, 3, 1),
                        "Magasinier",
                        ContractType.CDI,
                        120_000))
                .getId();
        HttpResponse<String> accepted =
                post("/dnr", "application/json", HttpRequest.BodyPublishers.ofString(GOOD_JSON), "respond-async");
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertTrue(
                location.startsWith(PartnerApiCalls.BASE + "/v1/employeurs/" + employer.display() + "/dnr/"), location);
        JsonObject done = Eventually.await(
                "la DNR lue en arrière-plan",
                READ_WITHIN,
                () -> {
                    try {
                        return json(api.get(location.substring(PartnerApiCalls.BASE.length()), bearer));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                status -> status.getString("etat").equals("TERMINE"));
        assertTrue(done.getString("resultat").startsWith("ACCEPTEE"), done.toString());
        assertNotNull(done.getString("dnr"), done.toString());
        assertEquals(2, done.getJsonObject("rapport").getInt("travailleurs"));
        Employment left = probe.apply(em -> em.find(Employment.class, koudjo));
        assertEquals(LocalDate.of(2026, 5, 31), left.getEndDate(), "la sortie déclarée dans la DNR");
        assertEquals(DepartureReason.AUTRE, left.getEndReason());
        assertTrue(
                probe.apply(em -> em.find(Employment.class, amegan)).isActive(), "sans date de sortie : en activité");
        assertProblem(api.get("/v1/employeurs/" + employer.display() + "/dnr/inconnu", bearer), 404, "introuvable");
        assertProblem(
                post(
                        "/dnr",
                        "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"trimestre\":\"T9 2026\"}"),
                        null),
                400,
                "requete-invalide");
    }

    @Test
    void theMonthlyDeclarationIsRecordedOnceOnTheRevisionItSaw() throws Exception {
        YearMonth month = YearMonth.now().minusMonths(1);
        String body = "{\"mois\":\"" + month + "\",\"effectif\":2,\"masseSalariale\":570000,\"revisionConnue\":0}";
        HttpResponse<String> declared =
                post("/declarations-mensuelles", "application/json", HttpRequest.BodyPublishers.ofString(body), null);
        assertEquals(201, declared.statusCode(), declared.body());
        JsonObject first = json(declared);
        assertEquals(month.toString(), first.getString("mois"));
        assertEquals(1, first.getInt("revision"));
        assertTrue(first.getJsonNumber("totalDu").longValue() > 0, declared.body());
        assertProblem(
                post("/declarations-mensuelles", "application/json", HttpRequest.BodyPublishers.ofString(body), null),
                409,
                "conflit");
        HttpResponse<String> corrected = post(
                "/declarations-mensuelles",
                "application/json",
                HttpRequest.BodyPublishers.ofString(body.replace("\"revisionConnue\":0", "\"revisionConnue\":1")),
                null);
        assertEquals(201, corrected.statusCode(), corrected.body());
        assertEquals(2, json(corrected).getInt("revision"));

        String future =
                body.replace(month.toString(), YearMonth.now().plusMonths(2).toString());
        HttpResponse<String> notBegun =
                post("/declarations-mensuelles", "application/json", HttpRequest.BodyPublishers.ofString(future), null);
        assertProblem(notBegun, 422, "donnees-refusees");
        assertEquals(
                "month", json(notBegun).getJsonArray("erreurs").getJsonObject(0).getString("champ"));
        assertProblem(
                post(
                        "/declarations-mensuelles",
                        "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"mois\":\"novembre\"}"),
                        null),
                400,
                "requete-invalide");
    }

    @Test
    void withoutTheEmployersMandateOrTheScopeNothingIsTaken() throws Exception {
        String path = "/v1/employeurs/" + employer.display() + "/dnr/quelconque";
        assertProblem(api.get("/v1/employeurs/E-12345678-00/dnr/quelconque", bearer), 400, "requete-invalide");

        PartnerClients.NewSecret other = payrollSoftware(EnumSet.of(PartnerScope.DECLARATIONS));
        assertProblem(api.get(path, api.bearer(other)), 403, "mandat-absent");
        PartnerClients.NewSecret verifier = payrollSoftware(EnumSet.of(PartnerScope.VERIFICATION));
        assertProblem(api.get(path, api.bearer(verifier)), 403, "portee-insuffisante");

        long mandate = asEmployer.call(() -> mandates.mine()).stream()
                .filter(PayrollMandates.MandateView::active)
                .filter(view -> view.software().equals(nameOf(software)))
                .findFirst()
                .orElseThrow()
                .id();
        asEmployer.call(() -> {
            mandates.revoke(mandate);
            return null;
        });
        assertProblem(api.get(path, bearer), 403, "mandat-absent");
        assertFalse(asEmployer.call(() -> mandates.mine()).stream().anyMatch(PayrollMandates.MandateView::active));
    }

    // ---- helpers

    private PartnerClients.NewSecret payrollSoftware(EnumSet<PartnerScope> scopes) {
        return asAdmin.call(() -> clients.register(
                "Paie " + UUID.randomUUID().toString().substring(0, 8),
                PartnerKind.PAYROLL_SOFTWARE,
                null,
                scopes,
                600));
    }

    private static String nameOf(PartnerClients.NewSecret client) {
        return client.clientName();
    }

    private DnrReport reportOf(String token) {
        return filings.dnrStatus(employer, token).orElseThrow().report();
    }

    private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body, String prefer)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(PartnerApiCalls.BASE + "/v1/employeurs/" + employer.display() + path))
                .header("Content-Type", type)
                .header("Authorization", bearer)
                .POST(body);
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        return api.send(request);
    }
}
