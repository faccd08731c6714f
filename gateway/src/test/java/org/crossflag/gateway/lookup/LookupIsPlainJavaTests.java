package org.crossflag.gateway.lookup;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The lookup's decisions run without Spring, Camel or a database, so every capability can use them and test them. */
class LookupIsPlainJavaTests {

    static final JavaClasses LOOKUP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crossflag.gateway.lookup");

    @Test
    void lookupDependsOnlyOnTheJdkAndTheDirectory() {
        classes()
                .that()
                .resideInAPackage("org.crossflag.gateway.lookup")
                .should()
                .onlyDependOnClassesThat(resideInAPackage("java..")
                        .or(resideInAPackage("org.crossflag.gateway.lookup"))
                        .or(resideInAPackage("org.crossflag.gateway.federation.directory"))
                        .or(resideInAPackage("org.crossflag.gateway.federation.envelope")))
                .because("a capability's fan-out decisions are plain classes with unit tests")
                .check(LOOKUP);
    }
}
