package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.OverlaySpec;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** Reads {@code overlay}. */
final class OverlayReader {
    private static final int MAX_DEGREE = 10_000;
    /** The keys of {@code overlay}. */
    static final CoreSection OVERLAY = new CoreSection("overlay",
            "The static overlay that overlay protocols (e.g. flood) run on, over all node ids of the run",
            List.of(new CoreKey("type", new ValueShape.Choice(OverlaySpec.TYPES),
                            String.join(", ", OverlaySpec.TYPES.stream().map(t -> "`" + t + "`").toList()), "`d-out`", "the graph",
                            "type: random-regular"),
                    new CoreKey("degree", new ValueShape.Whole(1, MAX_DEGREE), "whole number, 1 to " + MAX_DEGREE, "`8`",
                            "out-degree (`d-out`); degree (`random-regular`, and `watts-strogatz`, where it must be even); links per"
                                    + " new node (`barabasi-albert`)", "degree: 6"),
                    new CoreKey("rewire", new ValueShape.Of(Kind.FRACTION), "fraction", "`10%`",
                            "`watts-strogatz` only: the chance that each link is rewired", "rewire: 20%")));

    private OverlayReader() {
    }

    /** The overlay, or null if none is written and none is needed. */
    static OverlaySpec read(YamlNode node, boolean needed, Location top) {
        if (node == null && !needed) {
            return null;
        }
        Section s = Section.of(node == null ? new YamlNode.Mapping(Map.of(), top) : node, "overlay", OVERLAY.names()).checkKnown();
        String type = s.text("type", "d-out");
        if (!OverlaySpec.TYPES.contains(type)) {
            throw new ScenarioFileException(s.get("type").location(), Keys.unknown("overlay type", type, OverlaySpec.TYPES, "'overlay.type'"));
        }
        long degree = s.integer("degree", 1, 8);
        if (degree > MAX_DEGREE) {
            throw new ScenarioFileException(s.get("degree").location(), "'overlay.degree' must be at most " + MAX_DEGREE);
        }
        if (type.equals("watts-strogatz") && degree % 2 != 0) {
            throw new ScenarioFileException(s.has("degree") ? s.get("degree").location() : s.location(),
                    "'overlay.degree' must be even for watts-strogatz (each node links to degree/2 neighbours on each side)");
        }
        return new OverlaySpec(type, (int) degree, s.fraction("rewire", 0.1));
    }
}
