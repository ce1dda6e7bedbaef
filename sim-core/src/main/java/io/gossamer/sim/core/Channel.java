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

    private Channel(ProvidedPort<?> provider, RequiredPort<?> requirer, int key) {
        this.provider = provider;
        this.requirer = requirer;
        this.key = key;
    }

    /**
     * Connects two ends with {@code key} ({@link #NO_KEY} for an unkeyed channel): the new
     * channel goes last at both ends, so deliveries follow the order of connection.
     */
    static Channel open(ProvidedPort<?> provider, RequiredPort<?> requirer, int key) {
        if (provider.type().getClass() != requirer.type().getClass()) {
            throw new IllegalArgumentException("cannot connect " + provider + " to " + requirer + ": different port types");
        }
        if (provider.owner.state == ComponentState.DESTROYED || requirer.owner.state == ComponentState.DESTROYED) {
            throw new IllegalStateException("cannot connect to a destroyed component");
        }
        Channel channel = new Channel(provider, requirer, key);
        if (key == NO_KEY) {
            if (provider.channels == null) {
                provider.channels = channel;
            } else {
                Channel last = provider.channels;
                while (last.nextAtProvider != null) {
                    last = last.nextAtProvider;
                }
                last.nextAtProvider = channel;
            }
        } else {
            provider.keyedChannels().add(channel);
        }
        if (requirer.channels == null) {
            requirer.channels = channel;
        } else {
            Channel last = requirer.channels;
            while (last.nextAtRequirer != null) {
                last = last.nextAtRequirer;
            }
            last.nextAtRequirer = channel;
        }
        return channel;
    }

    /** Unlinks the channel from both ends; nothing if it is already closed. */
    void close() {
        if (!isConnected()) {
            return;
        }
        if (isKeyed()) {
            provider.keyedChannels().remove(this);
        } else {
            if (provider.channels == this) {
                provider.channels = nextAtProvider;
            } else {
                for (Channel c = provider.channels; c != null; c = c.nextAtProvider) {
                    if (c.nextAtProvider == this) {
                        c.nextAtProvider = nextAtProvider;
                        break;
                    }
                }
            }
            nextAtProvider = null;
        }
        if (requirer.channels == this) {
            requirer.channels = nextAtRequirer;
        } else {
            for (Channel c = requirer.channels; c != null; c = c.nextAtRequirer) {
                if (c.nextAtRequirer == this) {
                    c.nextAtRequirer = nextAtRequirer;
                    break;
                }
            }
        }
        nextAtRequirer = null;
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
