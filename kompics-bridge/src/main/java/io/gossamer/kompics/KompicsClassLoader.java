package io.gossamer.kompics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The class loader of one run with Kompics nodes. It loads Kompics, the bridge's runtime and
 * the user's classes itself (child first), so their static state belongs to this run only,
 * and rewrites them with a {@link DeterminismRewriter}. The JDK, logging, sim-core and this
 * package stay shared with the parent: they are the types that cross between the run and the
 * code that drives it.
 */
final class KompicsClassLoader extends ClassLoader {
    /** Packages loaded by the parent, so that the run and its driver agree on their types. */
    private static final String[] SHARED = {
        "java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.", "org.xml.",
        "org.slf4j.", "ch.qos.logback.", "com.typesafe.config.", "javassist.", "com.google.",
        "org.junit.", "org.opentest4j.", "org.apiguardian.",
        "io.gossamer.sim.", "io.gossamer.protocols.", "io.gossamer.scenarios.", "io.gossamer.cli.",
        "io.gossamer.experiments.",
    };
    private static final String BRIDGE_API = "io.gossamer.kompics.";

    static {
        registerAsParallelCapable();
    }

    private final DeterminismRewriter rewriter;

    KompicsClassLoader(ClassLoader parent) {
        super("kompics-run", parent);
        this.rewriter = new DeterminismRewriter(parent);
    }

    static boolean isShared(String name) {
        for (String prefix : SHARED) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        // The bridge's own API package (not its sub-packages) is what the driver sees.
        return name.startsWith(BRIDGE_API) && name.indexOf('.', BRIDGE_API.length()) < 0;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = read(name);
                if (bytes == null) {
                    return super.loadClass(name, resolve);
                }
                bytes = rewriter.rewrite(name, bytes);
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    private byte[] read(String name) {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class " + name, e);
        }
    }
}
