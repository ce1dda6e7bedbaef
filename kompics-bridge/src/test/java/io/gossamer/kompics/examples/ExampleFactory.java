package io.gossamer.kompics.examples;

import io.gossamer.kompics.spi.KompicsNodeFactory;
import io.gossamer.kompics.spi.NodeContext;
import io.gossamer.kompics.spi.NodeDefinition;
import io.gossamer.kompics.spi.SimAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import se.sics.kompics.network.Address;

/**
 * The examples' node factory. Parameters: {@code protocol} ({@code flood} or
 * {@code pingpong}), {@code neighbours} (int[]), {@code broadcasts} / {@code rounds} (int),
 * {@code period-ms} (long), and the observers {@code receipts} / {@code rtts}
 * (Consumer&lt;long[]&gt;), {@code sent} and {@code byes} (AtomicLong). A {@code config}
 * parameter (Map) becomes the node's Kompics config.
 */
public final class ExampleFactory implements KompicsNodeFactory {

    @Override
    @SuppressWarnings("unchecked")
    public NodeDefinition<?> define(NodeContext node) {
        List<Address> neighbours = addresses(node.param("neighbours", new int[0]));
        Map<String, Object> config = node.param("config", Map.of());
        String protocol = node.param("protocol");
        return switch (protocol) {
            case "flood" -> new NodeDefinition<>(FloodNode.class, new FloodNode.Setup(node.self(), node.node(), neighbours,
                    number(node, "broadcasts", 0), number(node, "period-ms", 1000),
                    (Consumer<long[]>) node.param("receipts", null), node.param("sent", (AtomicLong) null)), config);
            case "pingpong" -> new NodeDefinition<>(PingPongNode.class, new PingPongNode.Setup(node.self(), node.node(),
                    neighbours, number(node, "rounds", 0), number(node, "period-ms", 1000),
                    (Consumer<long[]>) node.param("rtts", null), node.param("sent", (AtomicLong) null),
                    node.param("byes", (AtomicLong) null)), config);
            case "faulty" -> new NodeDefinition<>(FaultyNode.class, new FaultyNode.Setup(node.self(), neighbours), config);
            default -> throw new IllegalArgumentException("unknown example protocol " + protocol);
        };
    }

    /** Scenario files give integers as Long, Java callers as Integer. */
    private static int number(NodeContext node, String name, int fallback) {
        return node.<Number>param(name, fallback).intValue();
    }

    private static List<Address> addresses(int[] ids) {
        List<Address> list = new ArrayList<>(ids.length);
        for (int id : ids) {
            list.add(SimAddress.of(id));
        }
        return list;
    }

    @Override
    public boolean streamsOverConnections() {
        return false;
    }
}
