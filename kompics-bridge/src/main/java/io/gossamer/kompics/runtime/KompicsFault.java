package io.gossamer.kompics.runtime;

/**
 * A Kompics handler failed: thrown by the node's Gossamer component so that Gossamer reports
 * it as a fault of that node (with the Kompics component and event in the message).
 */
public final class KompicsFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KompicsFault(int node, se.sics.kompics.Fault fault) {
        super("Kompics component " + fault.getSource().getClass().getName() + " of node " + node
                + " failed handling " + describe(fault.getEvent()) + ": " + fault.getCause(), fault.getCause());
    }

    private static String describe(Object event) {
        return event == null ? "its start" : event.getClass().getSimpleName() + " " + event;
    }
}
