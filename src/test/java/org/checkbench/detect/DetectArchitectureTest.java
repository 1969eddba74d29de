package org.checkbench.detect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DetectArchitectureTest {

    @Test
    void detectionIsPureCore() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.checkbench.detect");

        noClasses().that().resideInAPackage("org.checkbench.detect..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.checkbench.ui..",
                        "org.checkbench.cli..", "picocli..")
                .because("detection runs on background threads and from the CLI, without a screen")
                .check(classes);
    }
}
