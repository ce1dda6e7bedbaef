package io.gossamer.sim.core;

/**
 * A connection between a provided and a required end of the same port type. A channel made
 * with a key is indexed under that key at the provider and receives only the indications
 * routed to that key; requests always flow.
 */
public final class Channel {
    /** Key of unkeyed channels. */
    static final int NO_KEY = Integer.MIN_VALUE;

    final ProvidedPort<?> provider;
    final RequiredPort<?> requirer;
    final int key;
    Channel nextAtProvider;
    Channel nextAtRequirer;

    Channel(ProvidedPort<?> provider, RequiredPort<?> requirer, int key) {
        this.provider = provider;
        this.requirer = requirer;
        this.key = key;
    }

    /** The provider's end. */
    public ProvidedPort<?> provider() {
        return provider;
    }

    /** The requirer's end. */
    public RequiredPort<?> requirer() {
        return requirer;
    }

    /** True until disconnected (walks the requirer's few channels; not for hot paths). */
    public boolean isConnected() {
        for (Channel c = requirer.channels; c != null; c = c.nextAtRequirer) {
            if (c == this) {
                return true;
            }
        }
        return false;
    }

    /** True if the channel routes indications by key. */
    public boolean isKeyed() {
        return key != NO_KEY;
    }

    @Override
    public String toString() {
        return "channel " + provider + " -> " + requirer + (isKeyed() ? " key " + key : "");
    }
}
