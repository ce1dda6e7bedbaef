package io.gossamer.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The live runtime sits beside the simulator, not under it: nothing in sim-core, protocols or
 * scenarios may depend on it (protocols run unchanged in both), and it uses no GPL code.
 */
class LiveArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.gossamer.sim", "io.gossamer.protocols", "io.gossamer.scenarios", "io.gossamer.live",
                    "io.gossamer.experiments", "io.gossamer.cli");

    @Test
    void simulatorProtocolsAndScenariosDoNotDependOnTheLiveRuntime() {
        noClasses().that().resideInAnyPackage("io.gossamer.sim..", "io.gossamer.protocols..", "io.gossamer.scenarios..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gossamer.live..", "io.netty..", "org.zeromq..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLiveRuntimeUsesZeroMq() {
        noClasses().that().resideOutsideOfPackage("io.gossamer.live..")
                .should().dependOnClassesThat().resideInAPackage("org.zeromq..")
                .check(CLASSES);
    }

    @Test
    void theLiveRuntimeDependsOnSimCoreOnly() {
        noClasses().that().resideInAPackage("io.gossamer.live..")
                .should().dependOnClassesThat().resideInAnyPackage("io.gossamer.protocols..", "io.gossamer.scenarios..",
                        "io.gossamer.experiments..", "io.gossamer.cli..", "se.sics.kompics..")
                .check(CLASSES);
    }
}
