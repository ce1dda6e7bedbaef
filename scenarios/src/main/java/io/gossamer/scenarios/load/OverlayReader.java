package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.model.OverlayType;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads {@code overlay}. */
final class OverlayReader {
    private static final int MAX_DEGREE = 10_000;
    /** The keys of {@code overlay}. */
    static final CoreSection OVERLAY = new CoreSection("overlay",
            "The static overlay that overlay protocols (e.g. flood) run on, over all node ids of the run",
            List.of(new CoreKey("type", new ValueShape.Choice(OverlayType.keys()),
                            String.join(", ", OverlayType.keys().stream().map(t -> "`" + t + "`").toList()), "`d-out`",
                            "the random graph (not with `file`)", "type: random-regular"),
                    new CoreKey("degree", new ValueShape.Whole(1, MAX_DEGREE), "whole number, 1 to " + MAX_DEGREE, "`8`",
                            "out-degree (`d-out`); degree (`random-regular`, and `watts-strogatz`, where it must be even); links per"
                                    + " new node (`barabasi-albert`)", "degree: 6"),
                    new CoreKey("rewire", new ValueShape.Of(Kind.FRACTION), "fraction", "`10%`",
                            "`watts-strogatz` only: the chance that each link is rewired", "rewire: 20%"),
                    new CoreKey("undirected", new ValueShape.Of(Kind.BOOLEAN), "`true` or `false`",
                            "`false` (`d-out`, `file`); `true` (the other types)",
                            "every link usable both ways (PeerSim's `init.wire.undir`): a node also reaches the nodes that link to it",
                            "undirected: true"),
                    new CoreKey("file", new ValueShape.Of(Kind.PATH), "file path", "none",
                            "an edge list instead of a random graph: one link `a b` a line; the path is relative to the"
                                    + " scenario file", "file: edges.txt")));

    private OverlayReader() {
    }

    /** The overlay, or null if none is written and none is needed; a file resolves against {@code baseDir}. */
    static OverlaySpec read(YamlNode node, boolean needed, Location top, Path baseDir) {
        if (node == null && !needed) {
            return null;
        }
        Section s = Section.of(node == null ? new YamlNode.Mapping(Map.of(), top) : node, "overlay", OVERLAY.names()).checkKnown();
        if (s.has("file")) {
            for (String key : List.of("type", "degree", "rewire")) {
                if (s.has(key)) {
                    throw new ScenarioFileException(s.get(key).location(), "'overlay." + key + "' cannot go with 'overlay.file':"
                            + " the file gives the links (keep 'file' and 'undirected', or drop 'file' for a random graph)");
                }
            }
            return new OverlaySpec.FromFile(EdgeListReader.read(baseDir, s.text("file", ""), s.get("file").location()),
                    s.flag("undirected", false));
        }
        String name = s.text("type", "d-out");
        OverlayType type = OverlayType.of(name).orElseThrow(() -> new ScenarioFileException(s.get("type").location(),
                Keys.unknown("overlay type", name, OverlayType.keys(), "'overlay.type'")));
        long degree = s.integer("degree", 1, 8);
        if (degree > MAX_DEGREE) {
            throw new ScenarioFileException(s.get("degree").location(), "'overlay.degree' must be at most " + MAX_DEGREE);
        }
        if (type == OverlayType.WATTS_STROGATZ && degree % 2 != 0) {
            throw new ScenarioFileException(s.has("degree") ? s.get("degree").location() : s.location(),
                    "'overlay.degree' must be even for watts-strogatz (each node links to degree/2 neighbours on each side)");
        }
        boolean undirected = s.flag("undirected", type.alwaysUndirected());
        if (!undirected && type.alwaysUndirected()) {
            throw new ScenarioFileException(s.get("undirected").location(), "'overlay.undirected' cannot be false for " + name
                    + ": its links are undirected by construction (only d-out and file overlays can be directed)");
        }
        return new OverlaySpec.Generated(type, (int) degree, s.fraction("rewire", 0.1), undirected);
    }
}
