package tg.cnss.eservices.testing;

import java.io.File;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import tg.cnss.eservices.testing.acting.ActingUser;

/**
 * The deployments of the integration tests: always the EAR the build just made, never a
 * hand-listed subset of classes, so that tests see exactly what production runs.
 */
public final class PortalDeployment {

    private static final String WAR = "cnss-web.war";
    private static final String EJB = "cnss-ejb.jar";

    private PortalDeployment() {}

    /** The EAR as built, for tests that act from outside (HTTP, browser). */
    public static EnterpriseArchive asBuilt() {
        String path = System.getProperty("portal.ear", "target/cnss-eservices.ear");
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(path));
    }

    /** The EAR as built plus pages that fail on purpose ({@link FaultyPages}). */
    public static EnterpriseArchive withFaultyPages() {
        return withWebModule(war -> war.addClasses(
                        FaultyPages.class,
                        FaultyPages.FailingServlet.class,
                        FaultyPages.FailingBacking.class,
                        RemoteAddressEcho.class)
                .add(new StringAsset(FaultyPages.PAGE_SOURCE), FaultyPages.FAILING_PAGE));
    }

    /** The EAR as built plus servlets that add fresh registry entries and accounts ({@link RegistrySeeder}, {@link AccountSeeder}). */
    public static EnterpriseArchive withRegistrySeeder() {
        return withWebModule(war ->
                war.addClasses(RegistrySeeder.class, AccountSeeder.class, ClockShifter.class, PersistenceProbe.class));
    }

    /** The EAR as built plus {@link AnomalySeeder}, which gives the demo employer a declaration anomaly. */
    public static EnterpriseArchive withAnomalySeeder() {
        return withWebModule(war ->
                war.addClasses(AnomalySeeder.class, PersistenceProbe.class).addClasses(ActingUser.classes()));
    }

    /** The EAR as built plus {@link GoodStandingServlet}, which makes employers in good standing (or not) with an account. */
    public static EnterpriseArchive withGoodStandingSeeder() {
        return withWebModule(war -> war.addClasses(
                GoodStandingServlet.class,
                GoodStandingSeeder.class,
                TestAccounts.class,
                AccountSeeder.class,
                PersistenceProbe.class));
    }

    /** The EAR as built plus {@link InsuredServlet}, which makes insured persons nobody else touches, with an account. */
    public static EnterpriseArchive withInsuredSeeder() {
        return withWebModule(war -> war.addClasses(
                InsuredServlet.class,
                InsuredSeeder.class,
                TestAccounts.class,
                AccountSeeder.class,
                PersistenceProbe.class));
    }

    /**
     * The EAR as built plus the servlet that files bursts of claims and tells where they are
     * ({@link BurstSubmitter}), for the crash test's own server.
     */
    public static EnterpriseArchive withBurstSubmitter() {
        return withWebModule(war ->
                war.addClasses(BurstSubmitter.class, PersistenceProbe.class).addClasses(ActingUser.classes()));
    }

    /** The EAR as built plus {@link DemoAccountsProbe}, for the production-mode server. */
    public static EnterpriseArchive withDemoAccountsProbe() {
        return withWebModule(war -> war.addClasses(DemoAccountsProbe.class, PersistenceProbe.class));
    }

    /** The EAR as built plus {@link PartnerBenchServlet}: a partner client without limit and a quitus (API benchmark). */
    public static EnterpriseArchive withPartnerBenchSeeder() {
        return withWebModule(war -> war.addClasses(PartnerBenchServlet.class, PartnerBenchSeeder.class));
    }

    /** A page with PrimeFaces and nothing of ours: the yardstick of the page benchmark. */
    public static final String BARE_PAGE = "/test/page-nue.xhtml";

    /**
     * The agents' space with nothing in it: its template (header, menu, session dialog) and a
     * heading. The page benchmark measures it beside the worklist, to tell what the space costs
     * from what the worklist itself costs.
     */
    public static final String EMPTY_AGENT_PAGE = "/agent/espace-vide-test.xhtml";

    /**
     * The EAR as built plus {@link #BARE_PAGE}, {@link #EMPTY_AGENT_PAGE} and the {@link
     * VolumeSeeder}, for the page benchmark.
     */
    public static EnterpriseArchive withBarePage() {
        return withWebModule(war -> war.addClass(VolumeSeeder.class)
                .add(new StringAsset("""
                            <!DOCTYPE html>
                            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                                  xmlns:p="primefaces" lang="fr">
                            <h:head><title>Page nue</title></h:head>
                            <h:body>
                                <h1 id="pageNue">Page nue</h1>
                                <p:panel header="Panneau"><h:outputText value="Bonjour"/></p:panel>
                            </h:body>
                            </html>
                            """), BARE_PAGE)
                .add(new StringAsset("""
                            <ui:composition xmlns="http://www.w3.org/1999/xhtml"
                                            xmlns:ui="jakarta.faces.facelets"
                                            template="/WEB-INF/templates/espace.xhtml">
                                <ui:define name="title">Espace vide</ui:define>
                                <ui:define name="menu"><ui:include src="/WEB-INF/fragments/menu-agent.xhtml"/></ui:define>
                                <ui:define name="content"><h1 id="espaceVide">Espace vide</h1></ui:define>
                            </ui:composition>
                            """), EMPTY_AGENT_PAGE));
    }

    /** The EAR as built, its web module changed by {@code additions} (test servlets, pages, classes). */
    private static EnterpriseArchive withWebModule(Consumer<WebArchive> additions) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        additions.accept(war);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }

    /**
     * The EAR with the given test classes in its web module, and {@code kindClasses} — a request
     * kind that exists only in tests — in its EJB module, where the portal's kinds live: the one
     * place a kind's plug-in must be for the request context to find it.
     */
    public static EnterpriseArchive withTestsAndKind(Class<?>[] testClasses, Class<?>... kindClasses) {
        EnterpriseArchive ear = withTests(testClasses);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB);
        ejb.addClasses(kindClasses);
        ear.delete(EJB);
        ear.addAsModule(ejb);
        return ear;
    }

    /**
     * The EAR with the given test classes, and the files of {@code directory} (relative to the ear
     * module, e.g. the EJB module's test fixtures) as resources under {@code prefix} of the web
     * module: for tests inside the server that read sample files.
     */
    public static EnterpriseArchive withTestsAndFiles(String directory, String prefix, Class<?>... testClasses) {
        File[] files = new File(directory).listFiles(File::isFile);
        if (files == null || files.length == 0) {
            throw new IllegalStateException("Aucun fichier dans " + new File(directory).getAbsolutePath());
        }
        return withTestsAnd(testClasses, war -> {
            for (File file : files) {
                war.addAsResource(file, prefix + "/" + file.getName());
            }
        });
    }

    /** The EAR with the DNR benchmark's servlet ({@link DnrBench}, test deployment of the benchmark only). */
    public static EnterpriseArchive withDnrBench() {
        return withWebModule(war -> war.addClasses(DnrBench.class, DnrBenchSeeder.class, DnrBench.HeapSampler.class)
                .addClasses(ActingUser.classes()));
    }

    /** The EAR with the given test classes added to its web module, for tests that run inside the server. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        return withTestsAndLibraries(testClasses, new Class<?>[0]);
    }

    /**
     * The same, with the jars of the given library classes (from the test class path) added to the
     * web module: for tests that need a library inside the server (e.g. GreenMail).
     */
    public static EnterpriseArchive withTestsAndLibraries(Class<?>[] testClasses, Class<?>[] libraryClasses) {
        return withTestsAnd(testClasses, war -> {
            for (Class<?> library : libraryClasses) {
                try {
                    war.addAsLibrary(new File(library.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI()));
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    private static EnterpriseArchive withTestsAnd(Class<?>[] testClasses, Consumer<WebArchive> additions) {
        EnterpriseArchive ear = asBuilt();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addClasses(testClasses)
                .addClasses(Eventually.class, PersistenceProbe.class, QueueProbe.class, WorklistProbe.class)
                .addClasses(TestAccounts.class)
                .addClasses(ActingUser.classes());
        additions.accept(war);
        ear.delete(WAR);
        ear.addAsModule(Testable.archiveToTest(war));
        return ear;
    }
}
