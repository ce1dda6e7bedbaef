package io.gossamer.kompics.examples;

import io.gossamer.kompics.KompicsProtocol;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.Param;
import java.util.List;

/**
 * The examples' Kompics flood as a scenario protocol, {@code kompics-example-flood}: what a
 * plug-in registers in {@code META-INF/services/io.gossamer.scenarios.spi.ProtocolProvider}.
 */
public final class ExampleFloodProtocol extends KompicsProtocol {
    /** Registered by ServiceLoader. */
    public ExampleFloodProtocol() {
        super("kompics-example-flood", "the Kompics flood of the bridge's tests, over the scenario's overlay",
                "io.gossamer.kompics.examples.ExampleFactory",
                List.of(Param.choice("protocol", "which example component the nodes run", "flood", "pingpong"),
                        Param.optional("broadcasts", Kind.INTEGER, "0", "broadcasts this node starts, one a second from time 0")));
    }
}
