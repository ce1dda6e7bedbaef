package io.gossamer.scenarios.load;

/**
 * One key of a core section of scenario files, declared once beside the code that reads it.
 * The reader checks keys against it; the JSON Schema, the key tables of docs/scenarios.md and
 * {@code gossamer list} are made from it. Texts may use Markdown backticks and bold.
 *
 * @param key the key
 * @param shape what its value looks like
 * @param type how the docs name its type, e.g. "whole number ≥ 0"
 * @param defaultText its default in words ("**required**" if it must be given)
 * @param meaning what it means
 * @param example an example line, or "" for none
 */
public record CoreKey(String key, ValueShape shape, String type, String defaultText, String meaning, String example) {
    /** The default text for a key that must be given. */
    public static final String REQUIRED = "**required**";

    /** True if the key must be given. */
    public boolean required() {
        return defaultText.equals(REQUIRED);
    }

    /** Text without Markdown marks (links keep their text), for the schema and the terminal. */
    public static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("**", "").replace("`", "");
    }
}
