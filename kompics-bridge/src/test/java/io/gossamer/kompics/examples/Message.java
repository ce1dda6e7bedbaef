package io.gossamer.kompics.examples;

import se.sics.kompics.network.Address;
import se.sics.kompics.network.Msg;
import se.sics.kompics.network.Transport;

/** Base of the examples' messages: a UDP header and an integer payload. */
public abstract class Message implements Msg<Address, Hdr> {
    private final Hdr header;
    /** The payload. */
    public final int value;
    /** A second payload (e.g. a send time). */
    public final long stamp;

    protected Message(Address from, Address to, int value, long stamp) {
        this.header = new Hdr(from, to, Transport.UDP);
        this.value = value;
        this.stamp = stamp;
    }

    @Override
    public Hdr getHeader() {
        return header;
    }

    @Override
    @SuppressWarnings("deprecation") // Kompics's Msg still declares it: every message must implement it
    public Address getSource() {
        return header.source();
    }

    @Override
    @SuppressWarnings("deprecation") // Kompics's Msg still declares it: every message must implement it
    public Address getDestination() {
        return header.destination();
    }

    @Override
    @SuppressWarnings("deprecation") // Kompics's Msg still declares it: every message must implement it
    public Transport getProtocol() {
        return header.protocol();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + value + ") " + getSource() + "->" + getDestination();
    }

    /** A flooded broadcast, {@code value} its number. */
    public static final class Flood extends Message {
        public Flood(Address from, Address to, int id) {
            super(from, to, id, 0);
        }
    }

    /** A ping: round {@code value}, sent at {@code stamp} (ms). */
    public static final class Ping extends Message {
        public Ping(Address from, Address to, int round, long sentAt) {
            super(from, to, round, sentAt);
        }
    }

    /** The answer to a ping, echoing its round and send time. */
    public static final class Pong extends Message {
        public Pong(Address from, Address to, int round, long sentAt) {
            super(from, to, round, sentAt);
        }
    }

    /** Sent by a node that leaves gracefully. */
    public static final class Bye extends Message {
        public Bye(Address from, Address to) {
            super(from, to, 0, 0);
        }
    }
}
