package io.gossamer.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A node class's uplink and downlink replace the network's one direction at a time. */
class NodeClassLinkTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();

    private static List<NodeClassSpec> classes(String network, String phone) {
        Scenario s = LOADER.load(ScenarioSource.resolve("quickstart"),
                List.of("network=" + network, "nodes=[{class: peer, count: 10, protocol: flood" + phone + "}]"));
        return s.nodeClasses();
    }

    @Test
    void aClassThatSetsOnlyItsUplinkKeepsTheNetworksDownlink() {
        NodeClassSpec phone = classes("{latency: 20ms, uplink: 10Mbit/s, downlink: 50Mbit/s}", ", uplink: 2Mbit/s").get(0);
        assertEquals(new LinkCapacity(2_000_000, 50_000_000), phone.link());
    }

    @Test
    void aClassThatSetsOnlyItsDownlinkKeepsTheNetworksUplink() {
        NodeClassSpec phone = classes("{latency: 20ms, uplink: 10Mbit/s}", ", downlink: 20Mbit/s").get(0);
        assertEquals(new LinkCapacity(10_000_000, 20_000_000), phone.link());
    }

    @Test
    void aDirectionNeitherSetsIsUnlimitedAndAClassThatSetsNoneUsesTheNetwork() {
        assertEquals(new LinkCapacity(2_000_000, 0), classes("{latency: 20ms}", ", uplink: 2Mbit/s").get(0).link());
        assertNull(classes("{latency: 20ms, uplink: 10Mbit/s}", "").get(0).link());
    }
}
