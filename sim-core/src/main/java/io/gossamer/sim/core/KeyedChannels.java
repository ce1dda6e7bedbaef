package io.gossamer.sim.core;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import java.util.Arrays;
import java.util.List;

/**
 * Channels of one provided port indexed by key. Small non-negative keys (node ids) live in a
 * growing array; others in a primitive hash map. Channels sharing a key are linked.
 */
final class KeyedChannels {
    private static final int DIRECT_LIMIT = 1 << 26;
    private static final Channel[] NONE = new Channel[0];
    private Channel[] direct = NONE;
    private Int2ObjectOpenHashMap<Channel> other;


    Channel get(int key) {
        if (key >= 0 && key < DIRECT_LIMIT) {
            return key < direct.length ? direct[key] : null;
        }
        return other == null ? null : other.get(key);
    }

    void add(Channel channel) {
        int key = channel.key;
        Channel head = get(key);
        if (head == null) {
            put(key, channel);
            return;
        }
        while (head.nextAtProvider != null) {
            head = head.nextAtProvider;
        }
        head.nextAtProvider = channel;
    }

    void remove(Channel channel) {
        int key = channel.key;
        Channel head = get(key);
        if (head == channel) {
            put(key, channel.nextAtProvider);
        } else {
            while (head != null && head.nextAtProvider != channel) {
                head = head.nextAtProvider;
            }
            if (head != null) {
                head.nextAtProvider = channel.nextAtProvider;
            }
        }
        channel.nextAtProvider = null;
    }

    /** Adds every channel, in no particular order, to {@code into}. */
    void collect(List<Channel> into) {
        for (Channel head : direct) {
            for (Channel c = head; c != null; c = c.nextAtProvider) {
                into.add(c);
            }
        }
        if (other != null) {
            for (Channel head : other.values()) {
                for (Channel c = head; c != null; c = c.nextAtProvider) {
                    into.add(c);
                }
            }
        }
    }

    private void put(int key, Channel channel) {
        if (key >= 0 && key < DIRECT_LIMIT) {
            if (key >= direct.length) {
                if (channel == null) {
                    return;
                }
                int size = Math.max(16, Math.max(key + 1, direct.length + (direct.length >> 1)));
                direct = Arrays.copyOf(direct, Math.min(size, DIRECT_LIMIT));
            }
            direct[key] = channel;
        } else {
            if (other == null) {
                other = new Int2ObjectOpenHashMap<>();
            }
            if (channel == null) {
                other.remove(key);
            } else {
                other.put(key, channel);
            }
        }
    }
}
