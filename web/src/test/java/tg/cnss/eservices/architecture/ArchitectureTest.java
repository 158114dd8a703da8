package tg.cnss.eservices.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of design.md, checked on every build: contexts without cycles, layers that depend in
 * one direction (kernel, platform, shared services, business contexts, demo), the web module
 * never imported below it, entities free of services, and kinds of request known only through
 * their plug-ins. Class names are strings, so that the test also runs — and fails — on code that
 * predates the classes it names.
 */
class ArchitectureTest {

    private static final String ROOT = "tg.cnss.eservices";
    private static final String REQUEST_KIND = ROOT + ".request.spi.RequestKind";
    private static final String REQUEST_KINDS = ROOT + ".request.boundary.RequestKinds";
    private static final String SERVICE_REQUEST = ROOT + ".request.entity.ServiceRequest";

    private static JavaClasses portal;
    private static DescribedPredicate<JavaClass> inWebModule;

    @BeforeAll
    static void importThePortal() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        // The web module's own classes: this module's output (the others come from their jars).
        Set<String> web = new ClassFileImporter()
                .importPath(Path.of("target", "classes")).stream()
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
        inWebModule = describe("in the web module", javaClass -> web.contains(javaClass.getName()));
    }

    @Test
    void contextsHaveNoCycles() {
        slices().matching(ROOT + ".(*)..")
                .namingSlices("contexte $1")
                .should()
                .beFreeOfCycles()
                .check(portal);
    }

    @Test
    void contextsDependInOneDirection() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("demo")
                .definedBy(ROOT + ".demo..")
                .layer("business")
                .definedBy(
                        ROOT + ".identity..",
                        ROOT + ".registration..",
                        ROOT + ".declaration..",
                        ROOT + ".account..",
                        ROOT + ".payment..",
                        ROOT + ".request..",
                        ROOT + ".benefit..",
                        ROOT + ".worklist..",
                        ROOT + ".partner..",
                        ROOT + ".dashboard..")
                .layer("shared services")
                .definedBy(ROOT + ".reference..", ROOT + ".document..", ROOT + ".notification..")
                .layer("platform")
                .definedBy(ROOT + ".platform..")
                .layer("kernel")
                .definedBy(ROOT + ".kernel..")
                .whereLayer("demo")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("business")
                .mayOnlyBeAccessedByLayers("demo")
                .whereLayer("shared services")
                .mayOnlyBeAccessedByLayers("business", "demo")
                .whereLayer("platform")
                .mayOnlyBeAccessedByLayers("shared services", "business", "demo")
                .whereLayer("kernel")
                .mayNotAccessAnyLayer()
                .check(portal);
    }

    @Test
    void theWebModuleIsNeverImportedBelowIt() {
        noClasses()
                .that(DescribedPredicate.not(inWebModule))
                .should()
                .dependOnClassesThat(inWebModule)
                .check(portal);
    }

    @Test
    void noJsfTypeBelowTheWebModule() {
        noClasses()
                .that(DescribedPredicate.not(inWebModule))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .check(portal);
    }

    @Test
    void entitiesDependOnNoService() {
        noClasses()
                .that()
                .resideInAPackage("..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "..control..", "..spi..")
                .check(portal);
    }

    /**
     * "No switch on a kind outside its plug-in": the kind of a stored request is read in one place,
     * which hands the plug-in over; nothing else can test which kind it holds.
     */
    @Test
    void onlyTheRegistryOfKindsReadsTheKindOfARequest() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(REQUEST_KINDS)
                .should()
                .callMethod(SERVICE_REQUEST, "getKind")
                .check(portal);
    }

    /** The worklist works every kind alike: it never names one. */
    @Test
    void theWorklistKnowsNoParticularKind() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".worklist..")
                .should()
                .dependOnClassesThat()
                .implement(REQUEST_KIND)
                .check(portal);
    }
}
