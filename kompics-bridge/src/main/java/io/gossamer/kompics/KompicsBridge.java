package io.gossamer.kompics;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.node.NodeHost;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs unmodified Kompics 1.2.1 components as nodes of one Gossamer simulation.
 *
 * <p>Each bridge loads Kompics, the bridge's runtime and the user's classes in a class loader
 * of its own ({@link KompicsClassLoader}). That does two things. Kompics keeps its runtime in
 * static fields; with one loader per run, every run has its own, so the runs of a sweep may
 * run on several threads at once. And the loader rewrites the calls that would make a run
 * depend on more than its seed ({@code UUID.randomUUID()}, {@code System.currentTimeMillis()},
 * {@code System.nanoTime()}, {@code new Random()}, {@code Instant.now()}) into draws from the
 * simulation's random streams and reads of its virtual clock.
 *
 * <p>The user names a {@code io.gossamer.kompics.spi.KompicsNodeFactory} by class name: it is
 * loaded inside the run's loader and maps each node's parameters to a Kompics component
 * class, its {@code Init} and per-node Kompics config values. Objects in the parameters are
 * handed over as they are, so they must be of JDK or sim-core types.
 *
 * <p>Nodes fail and leave through the {@link NodeHost} as usual: a failure destroys the node's
 * Kompics components without running their handlers, a leave stops them (their {@code Stop}
 * handlers run and may still send) and then destroys them.
 */
public final class KompicsBridge implements AutoCloseable {
    private static final String RUNTIME = "io.gossamer.kompics.runtime.KompicsRuntime";

    private final NodeHost host;
    private final BridgeRuntime runtime;

    private KompicsBridge(NodeHost host, BridgeRuntime runtime) {
        this.host = host;
        this.runtime = runtime;
    }

    /** Attaches a bridge to {@code host}, with the user's classes on this class's loader. */
    public static KompicsBridge attach(NodeHost host, String factoryClass) {
        return attach(host, factoryClass, KompicsBridge.class.getClassLoader());
    }

    /**
     * Attaches a bridge to {@code host}. {@code classes} finds Kompics, the bridge and the
     * user's components (e.g. the loader of a plug-in jar); it is only read from.
     *
     * @throws IllegalArgumentException if the factory class cannot be found or made
     */
    public static KompicsBridge attach(NodeHost host, String factoryClass, ClassLoader classes) {
        KompicsClassLoader loader = new KompicsClassLoader(classes);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> type = Class.forName(RUNTIME, true, loader);
            Object runtime = type.getConstructor(NodeHost.class, String.class).newInstance(host, factoryClass);
            return new KompicsBridge(host, (BridgeRuntime) runtime);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot start the Kompics runtime: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the Kompics runtime (is kompics-bridge on the class path?): " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The node host the bridge runs on. */
    public NodeHost host() {
        return host;
    }

    /** Starts a Kompics node with the network's default access link. */
    public void start(Address address, Map<String, ?> params) {
        start(address, null, params);
    }

    /** Starts a Kompics node with its own access link ({@code null}: the default). */
    public void start(Address address, LinkCapacity link, Map<String, ?> params) {
        runtime.start(address, link, Collections.unmodifiableMap(new LinkedHashMap<>(params)));
    }

    /** Kompics component executions so far. */
    public long executions() {
        return runtime.executions();
    }

    /** Kompics nodes created so far. */
    public int nodesCreated() {
        return runtime.nodesCreated();
    }

    @Override
    public void close() {
        runtime.close();
    }
}
