package io.gossamer.experiments.memory;

/**
 * A run ran out of memory: carries the one message the command line prints (what ran out,
 * how much of the run was live, the measured bytes per node and how to give it more memory)
 * instead of an {@link OutOfMemoryError} and its stack trace.
 */
public final class RunOutOfMemory extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with the message {@code message}. */
    public RunOutOfMemory(String message) {
        super(message, null, false, false);
    }

    /**
     * Memory ran out outside a watched run, while {@code doing} something ("checking
     * quickstart", "writing the results"): the message gives the heap and how to double it.
     */
    public static RunOutOfMemory outside(OutOfMemoryError error, String doing) {
        long max = HeapFacts.maxHeap();
        return new RunOutOfMemory("out of memory (" + (error.getMessage() == null ? "Java heap space" : error.getMessage()) + ") "
                + doing + ", with a " + HeapFacts.bytes(max) + " heap; give it more memory: " + HeapFacts.javaOptsWithHeap(max * 2)
                + HeapFacts.physicalMemory().map(ram -> " (this machine has " + HeapFacts.bytes(ram) + " of memory)").orElse("") + ".");
    }
}
