package io.gossamer.experiments.report;

import java.util.List;

/** A small builder of an HTML document; every text it is given is escaped. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** Starts a page with a title and the report's style sheet. */
    Html(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #222;
                   max-width: 70em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
            h1, h2, h3 { font-weight: 600; }
            h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 2em; }
            table { border-collapse: collapse; margin: .5em 0 1em; font-size: .9em; }
            th, td { border: 1px solid #ddd; padding: .2em .6em; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .scroll { overflow-x: auto; }
            .note { color: #666; }
            figure { margin: 1em 0 2em; }
            figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { color: #555; font-size: .9em; }
            figcaption ul { margin: .2em 0; }
            .headline { background: #f6f8fa; border-left: 4px solid #4a7; padding: .6em 1em; margin: 1em 0 2em; }
            .headline p { margin: .2em 0 .5em; font-weight: 600; }
            .headline ul { margin: 0; padding-left: 1.2em; }
            table.wide { width: 100%; font-size: .8em; }
            table.wide th, table.wide td { padding: .2em .35em; }
            .nw { white-space: nowrap; }
            td .n { display: block; font-size: .85em; color: #666; white-space: nowrap; }
            td:first-child { white-space: nowrap; }
            table.wide td:first-child { white-space: normal; }
            table.facts th { white-space: nowrap; }
            table.facts td { overflow-wrap: anywhere; }
            td[title], th[title] { cursor: help; }
            .mark { color: #b00; }
            """;

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** A heading of level 1 to 3. */
    Html heading(int level, String text) {
        out.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
        return this;
    }

    /** A paragraph. */
    Html paragraph(String text) {
        out.append("<p>").append(escape(text)).append("</p>\n");
        return this;
    }

    /** A paragraph in the muted note style. */
    Html note(String text) {
        out.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /**
     * A table; cells that are {@code null} show as a muted "undefined", numbers align right.
     * Shows at most {@code limit} rows, with a note naming {@code source} when there are more.
     */
    Html table(List<String> header, List<? extends List<String>> rows, int limit, String source) {
        out.append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (String h : header) {
            out.append("<th>").append(escape(h)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(limit, rows.size());
        for (List<String> row : rows.subList(0, shown)) {
            out.append("<tr>");
            for (String cell : row) {
                if (cell == null) {
                    out.append("<td class=\"note\">undefined</td>");
                } else if (RunPlots.number(cell).isPresent()) {
                    out.append("<td class=\"num\">").append(escape(cell)).append("</td>");
                } else {
                    out.append("<td>").append(escape(cell)).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        if (shown < rows.size()) {
            note("Showing the first " + shown + " of " + rows.size() + " rows; " + source + " has them all.");
        }
        return this;
    }

    /**
     * A table cell.
     *
     * @param text what it shows
     * @param title its tooltip, or {@code null}
     * @param number whether it is a number (aligned right)
     * @param muted whether it is shown muted (undefined values)
     * @param note a remark shown on a line of its own below the text in a smaller font (such as
     *     "n=14 of 20"), or {@code null}
     */
    record Cell(String text, String title, boolean number, boolean muted, String note) {
        /** A cell without a note. */
        Cell(String text, String title, boolean number, boolean muted) {
            this(text, title, number, muted, null);
        }

        /** A text cell. */
        static Cell text(String text) {
            return new Cell(text, null, false, false);
        }
    }

    /** The opening of a report: a sentence on what ran and a list of key figures. */
    Html headline(String what, List<String> figures) {
        out.append("<div class=\"headline\"><p>").append(escape(what)).append("</p>\n");
        bullets(figures);
        out.append("</div>\n");
        return this;
    }

    /** A table of named lines, such as a setup: a name (in bold, on one line) and its text per row. */
    Html facts(List<Setup.Fact> facts) {
        out.append("<div class=\"scroll\"><table class=\"facts\">\n<tbody>\n");
        for (Setup.Fact f : facts) {
            out.append("<tr><th scope=\"row\">").append(escape(f.name())).append("</th><td>").append(escape(f.text()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        return this;
    }

    /** A bulleted list (nothing if empty). */
    Html bullets(List<String> items) {
        if (!items.isEmpty()) {
            out.append("<ul>\n");
            items.forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
            out.append("</ul>\n");
        }
        return this;
    }

    /**
     * A table of cells with tooltips. Tables of more than six columns are in a smaller font. The
     * browser sizes every column to its content, so no text is ever drawn over another cell:
     * headers may wrap after '_' and '.', a number "mean ± half-width" only before its '±', and
     * a table still too wide for the page scrolls sideways inside its own box.
     */
    Html cells(List<Cell> header, List<List<Cell>> rows, int limit, String source) {
        out.append("<div class=\"scroll\"><table").append(header.size() > 6 ? " class=\"wide\"" : "").append(">\n<thead><tr>");
        for (Cell h : header) {
            // Long figure names may wrap after '_' and '.', never inside a word.
            out.append("<th").append(title(h)).append('>')
                    .append(escape(h.text()).replace("_", "_<wbr>").replace(".", ".<wbr>")).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(limit, rows.size());
        for (List<Cell> row : rows.subList(0, shown)) {
            out.append("<tr>");
            for (Cell c : row) {
                String cls = c.muted() ? " class=\"note\"" : c.number() ? " class=\"num\"" : "";
                out.append("<td").append(cls).append(title(c)).append('>').append(c.number() ? number(c.text()) : word(c.text()));
                if (c.note() != null) {
                    out.append("<span class=\"n\">").append(escape(c.note())).append("</span>");
                }
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
        if (shown < rows.size()) {
            note("Showing the first " + shown + " of " + rows.size() + " rows; " + source + " has them all.");
        }
        return this;
    }

    /** A number's text: "mean ± half-width" may wrap before the '±' only; a lone number never wraps. */
    private static String number(String text) {
        int pm = text.indexOf(" \u00b1 ");
        if (pm < 0) {
            return "<span class=\"nw\">" + escape(text) + "</span>";
        }
        return "<span class=\"nw\">" + escape(text.substring(0, pm)) + "</span> <span class=\"nw\">"
                + escape(text.substring(pm + 1)) + "</span>";
    }

    /** A text cell's text: a short word such as "random-walk" is kept on one line, longer text may wrap. */
    private static String word(String text) {
        return text.length() <= 24 && text.chars().noneMatch(Character::isWhitespace)
                ? "<span class=\"nw\">" + escape(text) + "</span>" : escape(text);
    }

    private static String title(Cell c) {
        return c.title() == null ? "" : " title=\"" + escape(c.title()) + "\"";
    }

    /** A figure with a caption and remarks below it (such as points missing from some runs). */
    Html figure(String dataUri, String alt, String caption, List<String> remarks) {
        out.append("<figure><img src=\"").append(escape(dataUri)).append("\" alt=\"").append(escape(alt))
                .append("\" width=\"").append(PlotRenderer.WIDTH).append("\" height=\"").append(PlotRenderer.HEIGHT)
                .append("\">\n<figcaption>").append(escape(caption));
        if (!remarks.isEmpty()) {
            out.append("<ul class=\"mark\">");
            remarks.forEach(r -> out.append("<li>").append(escape(r)).append("</li>"));
            out.append("</ul>");
        }
        out.append("</figcaption></figure>\n");
        return this;
    }

    /** A figure: an image embedded as a data URI (so the page needs no other file), and a caption. */
    Html figure(String dataUri, String alt, String caption) {
        out.append("<figure><img src=\"").append(escape(dataUri)).append("\" alt=\"").append(escape(alt))
                .append("\" width=\"").append(PlotRenderer.WIDTH).append("\" height=\"").append(PlotRenderer.HEIGHT)
                .append("\">\n<figcaption>").append(escape(caption)).append("</figcaption></figure>\n");
        return this;
    }

    /** Ends the document and returns it. */
    String finish() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }
}
