package org.checkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** Every row of the README's keyboard table has a TestFX test through the running app (issue 14). */
class KeyboardTableCoverageTest {

    static List<String> readmeRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int heading = lines.indexOf("## Working in Checkbench");
        assertThat(heading).as("the README's keyboard section").isNotNegative();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("| ") && !line.startsWith("| to |") && !line.startsWith("|---")) {
                rows.add(line.substring(2, line.indexOf(" |", 2)).strip());
            }
        }
        return rows;
    }

    private static Set<String> rowsNamedByTests() {
        Set<String> named = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.checkbench.ui")) {
            for (JavaMethod method : type.getMethods()) {
                if (method.isAnnotatedWith(ReadmeRow.class) && method.isAnnotatedWith(Test.class)) {
                    named.addAll(List.of(method.getAnnotationOfType(ReadmeRow.class).value()));
                }
            }
        }
        return named;
    }

    @Test
    void everyRowOfTheKeyboardTableHasATestAndEveryTestNamesARealRow() throws Exception {
        List<String> rows = readmeRows();
        assertThat(rows).hasSizeGreaterThan(20).contains("mark a claim", "find words in the article");
        Set<String> named = rowsNamedByTests();
        assertThat(named).as("rows with a TestFX test").containsAll(rows);
        assertThat(rows).as("rows named by tests are in the README").containsAll(named);
    }
}
