package io.gossamer.scenarios.schema;

import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.scenario.Operation;
import java.util.List;

/**
 * The custom operation of docs/scenarios.md ("Registries and your own providers"), kept
 * here so the example compiles. Tests register it by hand, never through META-INF/services,
 * so the committed schema stays that of the built-ins.
 */
public final class FailNode implements OperationProvider {
    @Override
    public String name() {
        return "fail-node";
    }

    @Override
    public String description() {
        return "crash the node with the given id, if it is running";
    }

    @Override
    public List<Param> parameters() {
        return List.of(Param.required("id", Kind.INTEGER, "the node to crash"));
    }

    @Override
    public Operation create(Params params, RunSetup setup) {
        int id = params.intValue("id", 0);   // a negative id fails the run, naming the file and line
        return (context, index) -> {
            if (context.host().isAlive(id)) {
                context.host().fail(id);
            }
        };
    }
}
