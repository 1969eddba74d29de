package org.checkbench.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.checkbench.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

    @ArchTest
    static final ArchRule reportIsPureCore = noClasses().that().resideInAPackage("org.checkbench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.checkbench.ui..", "org.checkbench.model..")
            .because("the renderer runs headless from the CLI and on background threads, and takes its own input"
                    + " records so it does not wait on the domain model");
}
