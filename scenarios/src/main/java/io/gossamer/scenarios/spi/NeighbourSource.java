package io.gossamer.scenarios.spi;

import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.function.Function;

/**
 * Starts nodes whose protocol takes its peers from one source: it makes the node's
 * {@link Neighbours} and starts whatever keeps them up to date beside the protocol (a
 * bootstrap pool member, a peer sampling service), or nothing for a static overlay.
 */
public interface NeighbourSource {
    /**
     * Starts a node at {@code address} running {@code protocol}, whose parameters {@code init}
     * makes from the node's neighbours.
     */
    <C extends ComponentDefinition> void start(Address address, LinkCapacity link, Class<C> protocol,
            Function<Neighbours, Init<C>> init);
}
