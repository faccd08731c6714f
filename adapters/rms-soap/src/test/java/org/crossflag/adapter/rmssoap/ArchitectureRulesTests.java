package org.crossflag.adapter.rmssoap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The house rules that the build enforces on this adapter's production code (with adapter-api, on its class path,
 * and the classes generated from the WSDLs). Each test is one rule. See "The rules as code" in docs/architecture.md.
 */
class ArchitectureRulesTests {

    static final int MAX_CLASS_LINES = 400;

    static final Path MAIN_SOURCES = Path.of("src/main/java");

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crossflag");

    @Test
    void adaptersImportOnlyTheAdapterApiAmongOurPackages() {
        classes()
                .that()
                .resideInAPackage("org.crossflag.adapter..")
                .should()
                .onlyDependOnClassesThat(
                        resideOutsideOfPackage("org.crossflag..").or(resideInAPackage("org.crossflag.adapter..")))
                .because("an adapter sees the node only through org.crossflag.adapter (adapter-api)")
                .check(PRODUCTION);
    }

    @Test
    void theAdapterIsOnTheClassPathThatIsChecked() {
        assertThat(PRODUCTION.contain(RecordsSystemEventsEndpoint.class)).isTrue();
        assertThat(PRODUCTION.contain(org.crossflag.adapter.rmssoap.events.RecordsSystemEventsPort.class))
                .isTrue();
    }

    @Test
    void noGenericExceptionIsCreated() {
        noClasses()
                .that()
                .resideInAPackage("org.crossflag.adapter..")
                .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
                .because("callers act on the type and reason code of a failure")
                .check(PRODUCTION);
    }

    @Test
    void theGeneratedContractNeverReachesBackIntoTheAdapter() {
        noClasses()
                .that()
                .resideInAnyPackage("org.crossflag.adapter.rmssoap.events..", "org.crossflag.adapter.rmssoap.query..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.crossflag.adapter.rmssoap")
                .check(PRODUCTION);
    }

    @Test
    void noProductionClassIsOver400Lines() throws IOException {
        Map<String, Integer> tooLong = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                int lines = Files.readAllLines(file).size();
                if (lines > MAX_CLASS_LINES) {
                    tooLong.put(MAIN_SOURCES.relativize(file).toString().replace('\\', '/'), lines);
                }
            }
        }

        assertThat(tooLong)
                .as("classes over %d lines: split them", MAX_CLASS_LINES)
                .isEmpty();
    }

    @Test
    void adapterPackagesAreFreeOfCycles() {
        slices().matching("org.crossflag.(**)")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .check(PRODUCTION.that(resideInAPackage("org.crossflag.adapter..")));
    }
}
