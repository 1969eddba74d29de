package org.checkbench.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.checkbench.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {

    @ArchTest
    static final ArchRule reportIsPureCore = noClasses().that().resideInAPackage("org.checkbench.report..")
            .should().dependOnClassesThat(resideInAnyPackage("javafx..", "org.checkbench.ui..", "org.checkbench.model..")
                    .and(DescribedPredicate.not(resideInAPackage("org.checkbench.model.text.."))))
            .because("the renderer runs headless from the CLI and on background threads, and takes its own input"
                    + " records so it does not wait on the domain model (the shared text rules, ADR 0132, are not"
                    + " domain records)");
}
