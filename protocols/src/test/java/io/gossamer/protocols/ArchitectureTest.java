package io.gossamer.protocols;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Protocols are written against sim-core's public API and plain libraries only. */
class ArchitectureTest {
    private static JavaClasses protocols;

    @BeforeAll
    static void importClasses() {
        protocols = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gossamer.protocols");
    }

    @Test
    void protocolsUseOnlySimCoreAndPlainLibraries() {
        classes().that().resideInAPackage("io.gossamer.protocols..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.gossamer.protocols..", "io.gossamer.sim..", "java..",
                        "com.google.common..", "org.apache.commons.math3..", "it.unimi.dsi.fastutil..",
                        "org.slf4j..")
                .check(protocols);
    }

    @Test
    void protocolsUseOnlyPublicSimCoreTypes() {
        classes().that().resideInAPackage("io.gossamer.protocols..")
                .should().onlyDependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("public or outside sim-core",
                                c -> !c.getPackageName().startsWith("io.gossamer.sim")
                                        || c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)))
                .check(protocols);
    }

    @Test
    void protocolsHaveNoStaticMutableState() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("io.gossamer.protocols..")
                .and().areStatic()
                .should().beFinal()
                .allowEmptyShould(true)
                .check(protocols);
    }

    @Test
    void protocolsUseStrictMathForTranscendentalFunctions() {
        // Math.log, exp, pow, sin... may differ in the last bit between processors; one differing
        // bit in a draw can move an event. StrictMath gives the same bits everywhere (sqrt is
        // exact in IEEE arithmetic, so Math.sqrt may stay).
        Set<String> transcendental = Set.of("log", "log1p", "log10", "exp", "expm1", "pow", "sin", "cos", "tan",
                "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "hypot", "cbrt");
        noClasses().that().resideInAPackage("io.gossamer.protocols..")
                .should().callMethodWhere(DescribedPredicate.describe("a transcendental function of java.lang.Math",
                        call -> call.getTargetOwner().isEquivalentTo(Math.class) && transcendental.contains(call.getName())))
                .check(protocols);
    }
}
