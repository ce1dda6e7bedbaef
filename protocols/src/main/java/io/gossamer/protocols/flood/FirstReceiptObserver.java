package io.gossamer.protocols.flood;

/** Told the first time each node holds a flooded message. */
@FunctionalInterface
public interface FirstReceiptObserver {
    /** {@code node} first holds the message at virtual time {@code time}, after {@code hops} hops. */
    void firstReceipt(int node, long time, int hops);
}
