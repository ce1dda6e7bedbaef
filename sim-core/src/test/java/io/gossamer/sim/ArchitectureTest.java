package io.gossamer.sim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps sim-core a small, pure library: no other Gossamer module, no file formats, no UI. */
class ArchitectureTest {
    private static JavaClasses simCore;

    @BeforeAll
    static void importClasses() {
        simCore = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.gossamer.sim");
    }

    @Test
    void simCoreDependsOnNoOtherGossamerModule() {
        noClasses().that().resideInAPackage("io.gossamer.sim..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.gossamer.protocols..", "io.gossamer.scenarios..",
                        "io.gossamer.experiments..", "io.gossamer.cli..", "io.gossamer.live..")
                .check(simCore);
    }

    @Test
    void simCoreUsesNoYamlCliOrPlottingLibrary() {
        noClasses().that().resideInAPackage("io.gossamer.sim..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml..", "org.yaml..", "org.snakeyaml..", "picocli..",
                        "org.knowm.xchart..", "de.erichseifert..", "me.tongfei.progressbar..",
                        "java.awt..", "javax.swing..", "se.sics.kompics..")
                .check(simCore);
    }

    @Test
    void simCoreHasNoStaticMutableState() {
        // Simulations share a JVM: every static field must be a constant.
        fields().that().areDeclaredInClassesThat().resideInAPackage("io.gossamer.sim..")
                .and().areStatic()
                .should().beFinal()
                .check(simCore);
    }

    @Test
    void simCoreNeverReadsTheWallClockOrUnseededRandomness() {
        noClasses().that().resideInAPackage("io.gossamer.sim..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .check(simCore);
    }

    @Test
    void simCoreUsesStrictMathForTranscendentalFunctions() {
        // Math.log, exp, pow, sin... may differ in the last bit between processors; one differing
        // bit in a draw can move an event. StrictMath gives the same bits everywhere (sqrt is
        // exact in IEEE arithmetic, so Math.sqrt may stay).
        Set<String> transcendental = Set.of("log", "log1p", "log10", "exp", "expm1", "pow", "sin", "cos", "tan",
                "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "hypot", "cbrt");
        noClasses().that().resideInAPackage("io.gossamer.sim..")
                .should().callMethodWhere(DescribedPredicate.describe("a transcendental function of java.lang.Math",
                        call -> call.getTargetOwner().isEquivalentTo(Math.class) && transcendental.contains(call.getName())))
                .check(simCore);
    }
}
