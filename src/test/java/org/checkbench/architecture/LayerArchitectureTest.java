package org.checkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.checkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotDependOnJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.checkbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
            .because("the core, the services and the CLI must run without a display and be testable without a screen");

    @ArchTest
    static final ArchRule coreDoesNotDependOnUi = noClasses()
            .that().resideOutsideOfPackage("org.checkbench.ui..")
            .and().doNotHaveFullyQualifiedName("org.checkbench.Main")
            .should().dependOnClassesThat().resideInAPackage("org.checkbench.ui..")
            .because("dependencies point one way: ui -> service -> core; only the entry point starts the UI");

    @ArchTest
    static final ArchRule modelStandsAlone = noClasses()
            .that().resideInAPackage("org.checkbench.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.checkbench.store..", "org.checkbench.service..", "org.checkbench.cli..",
                    "org.checkbench.detect..", "org.checkbench.report..", "org.checkbench.anchor..",
                    "org.checkbench.io..")
            .allowEmptyShould(true)
            .because("the model is the bottom layer every other part builds on");
}
