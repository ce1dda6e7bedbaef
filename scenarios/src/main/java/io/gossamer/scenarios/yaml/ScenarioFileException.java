package io.gossamer.scenarios.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad input in a scenario file: the message names the file, line and column, says what is
 * wrong and what would be valid. One exception may carry several problems of a file (one
 * line each), so that a user fixes them in one go. The command line prints it as it is (no
 * stack trace) and exits with status 2.
 */
public final class ScenarioFileException extends RuntimeException {
    private final transient Location location;
    private final transient List<ScenarioFileException> problems;

    /** An error at a place in a file. */
    public ScenarioFileException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
        this.problems = List.of(this);
    }

    private ScenarioFileException(List<ScenarioFileException> problems, String message) {
        super(message);
        this.location = problems.get(0).location();
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems as one exception: the only one itself, or all of them, one a line.
     *
     * @param more how many further problems were not looked for (0 if none)
     */
    public static ScenarioFileException of(List<ScenarioFileException> problems, boolean more) {
        List<ScenarioFileException> flat = new ArrayList<>();
        for (ScenarioFileException p : problems) {
            for (ScenarioFileException q : p.problems()) {
                if (flat.stream().noneMatch(f -> f.getMessage().equals(q.getMessage()))) {
                    flat.add(q);
                }
            }
        }
        if (flat.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        if (flat.size() == 1 && !more) {
            return flat.get(0);
        }
        StringBuilder b = new StringBuilder();
        for (ScenarioFileException p : flat) {
            b.append(b.length() == 0 ? "" : "\n").append(p.getMessage());
        }
        b.append("\n").append(flat.size()).append(" problems").append(more ? "; stopped looking for more" : "")
                .append(" in ").append(flat.get(0).location().file());
        return new ScenarioFileException(flat, b.toString());
    }

    /** Where it is (the first problem's place when there are several). */
    public Location location() {
        return location;
    }

    /** Each problem on its own (this one alone unless it carries several). */
    public List<ScenarioFileException> problems() {
        return problems;
    }
}
