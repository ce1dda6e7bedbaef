package io.gossamer.sim.core;

import io.gossamer.sim.Time;

/**
 * An exception thrown by a handler, with where and when it happened.
 *
 * @param node the node the component belongs to, or -1 for simulator-level components
 * @param component the component's path from its root, e.g. {@code Node/Flooding}
 * @param event the event being handled (a lifecycle name for lifecycle hooks)
 * @param time virtual time of the fault (nanoseconds)
 * @param cause what was thrown
 */
public record Fault(int node, String component, Object event, long time, Throwable cause) {

    /** A one-paragraph report naming the node, component, event, time and cause. */
    public String report() {
        String where = node >= 0 ? "node " + node : "the simulator";
        return "fault at " + Time.format(time) + " in " + where + ", component " + component
                + ", handling " + describe(event) + ": " + cause;
    }

    private static String describe(Object event) {
        if (event == null) {
            return "nothing";
        }
        String text = String.valueOf(event);
        if (text.length() > 200) {
            text = text.substring(0, 200) + "...";
        }
        return event.getClass().getSimpleName() + " " + text;
    }
}
