package io.gossamer.experiments.memory;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What this JVM knows about its memory: the heap's limit, the machine's RAM, the options it runs with. */
public final class HeapFacts {
    private HeapFacts() {
    }

    /** The largest heap this JVM may use, in bytes. */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Heap in use now (live data and garbage not yet collected), in bytes. */
    public static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The machine's (or container's) memory, if the JVM can tell. */
    public static Optional<Long> physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long bytes = os.getTotalMemorySize();
            return bytes > 0 ? Optional.of(bytes) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Forgets the heap pools' peaks, so that {@link #peakHeap} measures from now on. */
    public static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last {@link #resetPeaks} (an upper bound of the live peak). */
    public static long peakHeap() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes;
    }

    /**
     * The {@code GOSSAMER_JAVA_OPTS} value that gives this JVM's own options a heap of
     * {@code bytes}: its -X and -XX options with the heap limits replaced (the variable
     * replaces the launcher's defaults, so they are repeated).
     */
    public static String javaOptsWithHeap(long bytes) {
        List<String> options = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            boolean heapLimit = a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAMPercentage") || a.startsWith("-XX:MaxRAM=")
                    || a.startsWith("-XX:MaxHeapSize");
            // An initial heap above the new limit would stop the JVM from starting.
            boolean initialAbove = a.startsWith("-Xms") && size(a.substring(4)) > bytes;
            if (a.startsWith("-X") && !heapLimit && !initialAbove && !a.contains(" ")) {
                options.add(a);
            }
        }
        // Whole GiB from 4 GiB up, else multiples of 64 MiB.
        options.add(bytes >= 4L << 30 ? "-Xmx" + ((bytes + (1L << 30) - 1) >> 30) + "g"
                : "-Xmx" + ((bytes + (64L << 20) - 1) >> 26) * 64 + "m");
        return "GOSSAMER_JAVA_OPTS=\"" + String.join(" ", options) + "\"";
    }

    /** A JVM size option's value in bytes (512m, 2g, 1048576); 0 if unreadable. */
    static long size(String value) {
        try {
            char unit = Character.toLowerCase(value.charAt(value.length() - 1));
            int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : unit == 't' ? 40 : 0;
            return Long.parseLong(shift == 0 ? value : value.substring(0, value.length() - 1)) << shift;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Bytes in a unit a reader takes in at once: 512 B, 3.4 KiB, 120 MiB, 17.2 GiB. */
    public static String bytes(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (Math.abs(bytes) >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return (u == 0 || bytes >= 100 ? String.format(Locale.ROOT, "%.0f", bytes) : String.format(Locale.ROOT, "%.1f", bytes))
                + " " + units[u];
    }

    /** A count with thousands separators. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
