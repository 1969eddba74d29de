package org.checkbench.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture in one place (docs/architecture.md): the layers, no cycles between parts, and the
 * shortcuts that once crept in and must not come back. Exceptions may cross layers: they carry the
 * message the user reads from where it happened to where it is shown.
 */
@AnalyzeClasses(packages = "org.checkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.checkbench";
    static final String UI = "org.checkbench.ui..";
    static final String CLI = "org.checkbench.cli..";
    static final String SERVICE = "org.checkbench.service..";
    static final String MODEL = "org.checkbench.model..";
    static final String STORE = "org.checkbench.store..";
    static final String REPORT = "org.checkbench.report..";
    static final String DETECT = "org.checkbench.detect..";

    /** Failures travel up with their message for the user; catching one is not a shortcut. */
    static final DescribedPredicate<JavaClass> FAILURE = assignableTo(Throwable.class);

    /** Everything below the services: store, detect, anchor, report, io, and any part added later. */
    static final DescribedPredicate<JavaClass> CORE = new DescribedPredicate<>(
            "a core part (store, detect, anchor, report, io, ...)") {
        private final Set<String> notCore = Set.of("ui", "cli", "service", "model", "bench");

        @Override
        public boolean test(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (!name.startsWith(ROOT + ".")) {
                return false;
            }
            String part = name.substring(ROOT.length() + 1).split("\\.")[0];
            return !notCore.contains(part);
        }
    };

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
            .layer("Entry point").definedBy(ROOT)
            .layer("UI").definedBy(UI)
            .layer("CLI").definedBy(CLI)
            .layer("Service").definedBy(SERVICE)
            .layer("Core").definedBy(CORE)
            .layer("Model").definedBy(MODEL)
            .whereLayer("Entry point").mayNotBeAccessedByAnyLayer()
            .whereLayer("UI").mayOnlyBeAccessedByLayers("Entry point")
            .whereLayer("CLI").mayOnlyBeAccessedByLayers("Entry point")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("UI", "CLI")
            .whereLayer("Core").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("UI").mayOnlyAccessLayers("Service", "Model")
            .whereLayer("CLI").mayOnlyAccessLayers("Service", "Model")
            .ignoreDependency(alwaysTrue(), FAILURE)
            // The detect command is the detector's own console (evaluate, train); it has no workspace
            // to go through. Every other core part is reached through a service.
            .ignoreDependency(resideInAPackage(CLI), resideInAPackage(DETECT))
            // The entry point ends the process after the window or a command, the same way for both:
            // the model calls on background threads first (ProcessEnd).
            .ignoreDependency(JavaClass.Predicates.equivalentTo(org.checkbench.Main.class),
                    JavaClass.Predicates.equivalentTo(org.checkbench.service.ProcessEnd.class))
            .because("dependencies point one way: ui and cli -> service -> store, detect, anchor, report, io"
                    + " -> model, so the core runs and is tested without a screen and both faces share the use cases");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommandLine = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("the window and the command line are two faces of the same services; what both need"
                    + " (the version, the use cases) lives in service");

    @ArchTest
    static final ArchRule uiReachesTheReportThroughTheService = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat(resideInAPackage(REPORT).and(DescribedPredicate.not(FAILURE)))
            .because("the report is read and rendered by ReportService (prepare, render), so the window and"
                    + " the CLI export the same report and the renderer's input records stay its own");

    @ArchTest
    static final ArchRule cliDoesNotOpenTheStore = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat(resideInAPackage(STORE).and(DescribedPredicate.not(FAILURE)))
            .because("the command line works through the services like the window does; a store shortcut"
                    + " skips what they guarantee (recent workspaces, transactions, the checker's name)");

    @ArchTest
    static final ArchRule dialogsGoThroughTheDialogService = noClasses().that().resideOutsideOfPackage("org.checkbench.ui.fx..")
            .should().callMethodWhere(target(owner(assignableTo(javafx.scene.control.Dialog.class)))
                    .and(target(nameMatching("show|showAndWait"))))
            .because("every alert, question and form is shown by DialogService: one owner and size policy, errors"
                    + " reach the user the same way, and tests answer dialogs without a person");

    @ArchTest
    static final ArchRule noCyclesBetweenParts = slices().matching(ROOT + ".(*)..")
            .should().beFreeOfCycles()
            .because("each part (model, store, detect, anchor, report, service, ui, cli) must be understandable"
                    + " and testable on top of the parts below it");

    @ArchTest
    static final ArchRule noCyclesBetweenUiFeatures = slices().matching(ROOT + ".ui.(*)..")
            .should().beFreeOfCycles()
            .because("the window's packages by feature (app, actions, article, editor, claims, evidence, export,"
                    + " undo, fx) build on each other one way: app wires them, fx and undo need none of them");

    @ArchTest
    static final ArchRule coreDoesNotDependOnJavaFx = noClasses()
            .that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("the core, the services and the CLI must run without a display and be testable without a screen");

    @ArchTest
    static final ArchRule coreDoesNotDependOnUi = noClasses()
            .that().resideOutsideOfPackage(UI)
            .and().doNotHaveFullyQualifiedName("org.checkbench.Main")
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("dependencies point one way: ui -> service -> core; only the entry point starts the UI");

    @ArchTest
    static final ArchRule modelStandsAlone = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(
                    STORE, SERVICE, CLI, DETECT, REPORT, "org.checkbench.anchor..", "org.checkbench.io..")
            .allowEmptyShould(true)
            .because("the model is the bottom layer every other part builds on");
}
