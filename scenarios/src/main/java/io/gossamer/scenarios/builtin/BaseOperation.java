package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Param;
import java.util.List;

/** Name, description and parameters of a built-in operation. */
abstract class BaseOperation extends BaseProvider implements OperationProvider {
    BaseOperation(String name, String description, Param... params) {
        super(name, description, params);
    }

    /** The optional "class" parameter: restrict to one node class ("" for any). */
    static Param classParam(String what) {
        return Param.optional("class", io.gossamer.scenarios.spi.Kind.TEXT, "", what);
    }

    /** The class named by the "class" parameter, or null for any. */
    static String nodeClass(io.gossamer.scenarios.spi.Params p) {
        String c = p.text("class");
        return c.isEmpty() ? null : c;
    }
}
