package io.gossamer.experiments.results;

/** Gossamer's version, from the jar manifest. */
public final class Version {
    private Version() {
    }

    /** The version, or "development build" outside a packaged jar. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
