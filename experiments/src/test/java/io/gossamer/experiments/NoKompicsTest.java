package io.gossamer.experiments;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * gossamer.jar shades exactly this module's runtime class path, so Kompics (GPL) and the
 * kompics-bridge plug-in must not be on it. The enforcer's ban-kompics rule refuses them as
 * dependencies; this checks the class path the jar is built from.
 */
class NoKompicsTest {

    @Test
    void kompicsAndTheBridgeAreNotOnTheClassPathOfGossamerJar() {
        ClassLoader loader = NoKompicsTest.class.getClassLoader();
        assertThrows(ClassNotFoundException.class, () -> Class.forName("se.sics.kompics.Kompics", false, loader));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("se.sics.kompics.network.Network", false, loader));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("io.gossamer.kompics.KompicsBridge", false, loader));
    }
}
