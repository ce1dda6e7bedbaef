package io.gossamer.sim.net;

import io.gossamer.sim.core.ComponentDefinition;

/** A node component that does not use the network (so messages to it have no receiver). */
public final class Silent extends ComponentDefinition {
    /** Creates the component. */
    public Silent() {
    }
}
