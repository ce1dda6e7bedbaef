package io.gossamer.live;

import io.gossamer.sim.core.Component;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Network;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The codecs of one live runtime, by message type, each with a wire id (a hash of the type's
 * name, the same in every process). A type gets a registered codec or, on first use, a derived
 * one ({@link #derive}); one that has neither fails with a {@link CodecException} naming it.
 * Used on the simulation's thread for encoding; {@link #byId} is safe from I/O threads once
 * every type is known (it is read-only after start-up, and a miss is an error).
 */
public final class Codecs {
    private final Map<Class<?>, Entry> byType = new LinkedHashMap<>();
    private volatile Map<Integer, Entry> byId = Map.of();

    /** A codec with its type and wire id. */
    record Entry(Class<? extends Message> type, int id, MessageCodec<Message> codec) {
    }

    /** Registers the codec of {@code type} (once per protocol module). */
    public synchronized <M extends Message> void register(Class<M> type, MessageCodec<M> codec) {
        add(type, codec);
    }

    /** Derives and registers the codec of a simple value message type (see {@link DerivedCodec}). */
    public synchronized <M extends Message> void derive(Class<M> type) {
        if (!byType.containsKey(type)) {
            add(type, DerivedCodec.of(type));
        }
    }

    @SuppressWarnings("unchecked")
    private void add(Class<? extends Message> type, MessageCodec<? extends Message> codec) {
        int id = type.getName().hashCode();
        Entry clash = byId.get(id);
        if (clash != null && clash.type() != type) {
            throw new CodecException("message types " + clash.type().getName() + " and " + type.getName() + " have the same wire id");
        }
        Entry e = new Entry(type, id, (MessageCodec<Message>) codec);
        byType.put(type, e);
        Map<Integer, Entry> ids = new LinkedHashMap<>(byId);
        ids.put(id, e);
        byId = Map.copyOf(ids);
    }

    /** The codec of {@code type}, derived now if none is registered. */
    @SuppressWarnings("unchecked")
    synchronized Entry of(Class<? extends Message> type) {
        Entry e = byType.get(type);
        if (e == null) {
            derive((Class<Message>) type);
            e = byType.get(type);
        }
        return e;
    }

    /** The codec with wire id {@code id}, or null. */
    Entry byId(int id) {
        return byId.get(id);
    }

    /**
     * Makes sure every message type a node's components receive from the network (the types
     * their {@link Network} ports subscribe) has a codec: derives the missing ones.
     *
     * @throws CodecException naming the first type that has none and cannot be derived
     */
    @SuppressWarnings("unchecked")
    public void check(Component root) {
        RequiredPort<Network> net;
        try {
            net = root.required(Network.class);
        } catch (IllegalArgumentException noNetwork) {
            net = null;
        }
        if (net != null) {
            for (Class<?> t : net.subscribedTypes()) {
                if (Message.class.isAssignableFrom(t) && t != Message.class) {
                    of((Class<? extends Message>) t);
                }
            }
        }
        if (root instanceof ComponentDefinition d) {
            for (Component child : d.children()) {
                check(child);
            }
        }
    }
}
