package io.gossamer.scenarios.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * YAML syntax errors in plain words, at the place where the fix goes: an unclosed bracket or
 * quote is reported where it opens (the parser notices only where the next thing begins), a
 * misplaced ':' or a tab where it stands.
 */
final class YamlSyntax {
    private YamlSyntax() {
    }

    static ScenarioFileException describe(JsonProcessingException e, String file) {
        if (!(e.getCause() instanceof MarkedYAMLException m) || m.getProblemMark() == null) {
            JsonLocation where = e.getLocation();
            Location at = where == null ? new Location(file, 1, 1)
                    : new Location(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
            return new ScenarioFileException(at, "the YAML cannot be read: " + firstLine(e.getOriginalMessage()));
        }
        String context = m.getContext() == null ? "" : m.getContext();
        String problem = m.getProblem() == null ? "" : m.getProblem();
        Location opened = m.getContextMark() == null ? null : at(file, m.getContextMark());
        Location found = at(file, m.getProblemMark());
        if (opened != null && context.contains("flow mapping")) {
            return new ScenarioFileException(opened, "this '{' is never closed: a mapping written in braces ends with '}'"
                    + " (the parser reached " + what(m.getProblemMark()) + " at line " + found.line() + " first)");
        }
        if (opened != null && context.contains("flow sequence")) {
            return new ScenarioFileException(opened, "this '[' is never closed: a list written in brackets ends with ']'"
                    + " (the parser reached " + what(m.getProblemMark()) + " at line " + found.line() + " first)");
        }
        if (opened != null && context.contains("quoted scalar")) {
            return new ScenarioFileException(opened, "this quoted text is never closed: end it with the same quote mark");
        }
        if (problem.contains("(TAB)")) {
            return new ScenarioFileException(found, "a tab is used for indentation here; YAML indents with spaces only");
        }
        if (problem.contains("mapping values are not allowed")) {
            return new ScenarioFileException(found, "a ':' cannot stand here: either this line is indented more than the key"
                    + " above it, or a value that holds ': ' needs quotes (e.g. description: \"a: b\")");
        }
        if (opened != null && context.contains("block")) {
            return new ScenarioFileException(found, "this line does not line up with the " + (context.contains("collection")
                    ? "list" : "mapping") + " that starts at line " + opened.line() + ": keys of one mapping, and the '-' of"
                    + " one list, start at the same column, and a list and keys cannot share one level");
        }
        if (problem.contains("could not find expected ':'")) {
            return new ScenarioFileException(opened != null ? opened : found, "a key without ':' (write key: value)");
        }
        return new ScenarioFileException(found, "the YAML cannot be read: " + problem.replace("<block end>", "the end of the block")
                + (opened == null ? "" : " (" + context + " at line " + opened.line() + ")"));
    }

    private static Location at(String file, Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The start of the line a mark points into, for "the parser reached ...". */
    private static String what(Mark mark) {
        String snippet = mark.get_snippet(0, 80).strip();
        int newline = snippet.indexOf('\n');
        String line = (newline < 0 ? snippet : snippet.substring(0, newline)).strip();
        return line.isEmpty() ? "the end of the file" : "'" + (line.length() > 30 ? line.substring(0, 30) + "..." : line) + "'";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
