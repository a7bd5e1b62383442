package vn.cchc.workbook.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layer rule of the project: dependencies point inward to the domain. The domain is plain Java; store,
 * interchange and reports are independent adapters, each the only user of its library; the application layer
 * ({@code app}) declares the store's interfaces (ports) and the store implements them, so the user interface reaches
 * the store only through {@code app}; only ui touches JavaFX; the composition root ({@code Main}/{@code App}) may
 * wire everything together.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.cchc.workbook";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String STORE = ROOT + ".store..";
    private static final String INTERCHANGE = ROOT + ".interchange..";
    private static final String REPORTS = ROOT + ".reports..";
    private static final String UI = ROOT + ".ui..";
    private static final String CLI = ROOT + ".cli..";
    private static final String FILES = ROOT + ".files..";
    private static final String APP = ROOT + ".app..";

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> COMPOSITION_ROOT = DescribedPredicate.describe(
            "the composition root (Main, App)", c -> isRoot(c.getName(), "Main") || isRoot(c.getName(), "App"));

    private static boolean isRoot(String className, String simpleName) {
        String name = ROOT + "." + simpleName;
        return className.equals(name) || className.startsWith(name + "$");
    }

    @Test
    void theDomainDependsOnlyOnTheJdk() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
                .check(MAIN_CLASSES);
    }

    @Test
    void theSharedFileRoutinesDependOnlyOnTheJdkAndTheDomain() {
        classes().that().resideInAPackage(FILES)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, FILES)
                .check(MAIN_CLASSES);
    }

    @Test
    void theStoreUsesNoOtherAdapterAndNoFrontEnd() {
        noClasses().that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage(INTERCHANGE, REPORTS, UI, CLI)
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void theUiReachesTheStoreOnlyThroughTheApplicationLayer() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAPackage(STORE)
                .check(MAIN_CLASSES);
    }

    @Test
    void theApplicationLayerKnowsTheStoreOnlyByItsOwnInterfaces() {
        noClasses().that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, UI, CLI)
                .check(MAIN_CLASSES);
    }

    @Test
    void interchangeUsesNoOtherAdapterAndNoFrontEnd() {
        noClasses().that().resideInAPackage(INTERCHANGE)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, REPORTS, UI, CLI)
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void reportsUseNoOtherAdapterAndNoFrontEnd() {
        noClasses().that().resideInAPackage(REPORTS)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, INTERCHANGE, UI, CLI)
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyReportsUseApachePoi() {
        noClasses().that().resideOutsideOfPackage(REPORTS).and(not(COMPOSITION_ROOT))
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheStoreUsesJdbcH2AndFlyway() {
        noClasses().that().resideOutsideOfPackage(STORE).and(not(COMPOSITION_ROOT))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb..")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage(UI).and(not(COMPOSITION_ROOT))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..", "com.sun.javafx..")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyInterchangeUsesJackson() {
        noClasses().that().resideOutsideOfPackage(INTERCHANGE).and(not(COMPOSITION_ROOT))
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage(CLI).and(not(COMPOSITION_ROOT))
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }

    @Test
    void theDomainsSubpackagesHaveNoCycles() {
        slices().matching(ROOT + ".domain.(**)").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    @Test
    void theLayersHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN_CLASSES);
    }

    /** One way to fetch a text: only {@code Messages} reads the bundles (the command line hands picocli its own). */
    @Test
    void onlyMessagesReadsTheTextBundles() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".domain.text.Messages")
                .and().resideOutsideOfPackage(CLI)
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.ResourceBundle")
                .check(MAIN_CLASSES);
    }

    /** ... and no second door to it: no method shaped like {@code Messages.get} that only passes the key on. */
    @Test
    void noClassWrapsMessagesGet() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(ROOT + ".domain.text.Messages")
                .and().haveRawReturnType(String.class)
                .and().haveRawParameterTypes(String.class, Object[].class)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "not forward to Messages.get") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean forwards = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                                call.getTargetOwner().getFullName().equals(ROOT + ".domain.text.Messages")
                                        && call.getName().equals("get"));
                        if (forwards) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " wraps Messages.get; call Messages.get instead"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(MAIN_CLASSES);
    }
}
