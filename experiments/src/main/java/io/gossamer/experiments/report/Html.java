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
            figcaption { color: #666; font-size: .9em; }
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
