package org.checkbench.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workspace layers point one way and never reach for JavaFX (GUIDE section 3). */
class WorkspaceLayersTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.checkbench");

    @Test
    void modelStoreAndServiceDoNotUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.checkbench.model..", "org.checkbench.store..", "org.checkbench.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the core must run in the CLI and in tests without a screen")
                .check(CLASSES);
    }

    @Test
    void theModelDependsOnNothingElseOfCheckbench() {
        noClasses().that().resideInAPackage("org.checkbench.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.checkbench.store..", "org.checkbench.service..",
                        "org.checkbench.cli..", "org.checkbench.ui..")
                .because("records are shared by every layer")
                .check(CLASSES);
    }

    @Test
    void theStoreDoesNotKnowItsCallers() {
        noClasses().that().resideInAPackage("org.checkbench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.checkbench.service..", "org.checkbench.cli..",
                        "org.checkbench.ui..")
                .because("dependencies point ui -> service -> store -> model")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.checkbench.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.checkbench.cli..", "org.checkbench.ui..")
                .because("the UI and the CLI call the services, not the other way round")
                .check(CLASSES);
    }
}
