package io.gossamer.experiments.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Gossamer's version and the git commit it was built from, from {@code build.properties}
 * (written by the build: see experiments/pom.xml) or, failing that, the jar manifest.
 */
public final class Version {
    private static final Properties BUILD = load();

    private Version() {
    }

    /** The version, or "development build" when neither the build nor the manifest says. */
    public static String get() {
        String v = BUILD.getProperty("version", "");
        if (v.isEmpty()) {
            v = Version.class.getPackage().getImplementationVersion();
        }
        return v == null || v.isEmpty() ? "development build" : v;
    }

    /**
     * The output of {@code git describe --always --dirty} in the checkout the classes were built
     * from (a commit id, with {@code -dirty} if files had changed), or "" when built outside one.
     */
    public static String commit() {
        return BUILD.getProperty("commit", "").strip();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
