package io.gossamer.sim.net;

/**
 * The access link of a node: uplink and downlink capacity in bits per second; 0 means
 * unlimited (no serialization delay).
 *
 * @param uplinkBitsPerSecond capacity towards the network
 * @param downlinkBitsPerSecond capacity from the network
 */
public record LinkCapacity(long uplinkBitsPerSecond, long downlinkBitsPerSecond) {
    /** No bandwidth limit either way. */
    public static final LinkCapacity UNLIMITED = new LinkCapacity(0, 0);

    /** Validates the capacities. */
    public LinkCapacity {
        if (uplinkBitsPerSecond < 0 || downlinkBitsPerSecond < 0) {
            throw new IllegalArgumentException("link capacity cannot be negative");
        }
    }

    /**
     * True if neither direction is limited. (Compared field by field: a record's generated
     * {@code equals} spins classes at its first use, which a run's start pays for.)
     */
    public boolean isUnlimited() {
        return uplinkBitsPerSecond == 0 && downlinkBitsPerSecond == 0;
    }

    /** Nanoseconds to push one byte through the uplink (0 when unlimited). */
    double uplinkNanosPerByte() {
        return nanosPerByte(uplinkBitsPerSecond);
    }

    /** Nanoseconds to pull one byte through the downlink (0 when unlimited). */
    double downlinkNanosPerByte() {
        return nanosPerByte(downlinkBitsPerSecond);
    }

    private static double nanosPerByte(long bitsPerSecond) {
        return bitsPerSecond == 0 ? 0 : 8e9 / bitsPerSecond;
    }
}
