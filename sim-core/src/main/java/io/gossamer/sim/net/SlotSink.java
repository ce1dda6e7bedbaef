package io.gossamer.sim.net;

import io.gossamer.sim.core.EventSink;

/**
 * The sink of the connection events that name a slot: a handshake's SYN and answer, and an
 * idle check. Reading ahead ({@link EventSink#readAhead}) reads the slot's ends and the two
 * nodes' rows, what each of these events reads first.
 */
final class SlotSink implements EventSink {
    static final int SYN = 0;
    static final int ANSWER = 1;
    static final int IDLE = 2;
    private final ConnectionManager manager;
    private final int kind;

    SlotSink(ConnectionManager manager, int kind) {
        this.manager = manager;
        this.kind = kind;
    }

    @Override
    public void fire(int slot, Object none) {
        switch (kind) {
            case SYN -> manager.onSyn(slot);
            case ANSWER -> manager.onAnswer(slot);
            default -> manager.onIdleCheck(slot);
        }
    }

    @Override
    public long readAhead(int slot, Object none) {
        return manager.readAhead(slot);
    }
}
