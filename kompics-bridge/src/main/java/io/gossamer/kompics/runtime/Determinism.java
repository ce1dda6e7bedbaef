package io.gossamer.kompics.runtime;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.random.RandomStream;
import java.time.Instant;
import java.util.UUID;

/**
 * Targets of the calls the run's class loader rewrites (see
 * {@code io.gossamer.kompics.DeterminismRewriter}): ids and seeds from the simulation's
 * random streams, time from its virtual clock.
 *
 * <p>The fields are static because rewritten code calls static methods; they are still one
 * run's state, since every run loads this class anew in its own class loader.
 */
public final class Determinism {
    /** The wall clock a run starts at: 2020-01-01T00:00:00Z, so that dates look like dates. */
    public static final long EPOCH_MILLIS = 1_577_836_800_000L;

    private static Simulation sim;
    private static RandomStream ids;
    private static RandomStream seeds;

    private Determinism() {
    }

    /** Binds the hooks to the run's simulation (once, when the run's runtime starts). */
    static void install(Simulation simulation) {
        if (sim != null && sim != simulation) {
            throw new IllegalStateException("this class loader already serves another simulation:"
                    + " one Kompics runtime per run (KompicsBridge.attach makes a loader per run)");
        }
        sim = simulation;
        ids = simulation.random().stream("kompics-uuid");
        seeds = simulation.random().stream("kompics-random");
    }

    /** A version-4 UUID drawn from the run's stream {@code kompics-uuid}. */
    public static UUID randomUUID() {
        if (ids == null) {
            throw notInstalled("UUID.randomUUID()");
        }
        long msb = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (ids.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** Virtual time in milliseconds after {@link #EPOCH_MILLIS}. */
    public static long currentTimeMillis() {
        return EPOCH_MILLIS + (sim == null ? 0 : sim.now() / Time.MILLISECOND);
    }

    /** Virtual time in nanoseconds. */
    public static long nanoTime() {
        return sim == null ? 0 : sim.now();
    }

    /** Virtual time as an instant. */
    public static Instant instant() {
        long now = sim == null ? 0 : sim.now();
        return Instant.ofEpochMilli(EPOCH_MILLIS).plusNanos(now);
    }

    /** A seed for {@code new Random()}, from the run's stream {@code kompics-random}. */
    public static long seed() {
        if (seeds == null) {
            throw notInstalled("new Random()");
        }
        return seeds.nextLong();
    }

    private static IllegalStateException notInstalled(String call) {
        return new IllegalStateException(call + " was called before the Kompics runtime was bound to a simulation");
    }
}
