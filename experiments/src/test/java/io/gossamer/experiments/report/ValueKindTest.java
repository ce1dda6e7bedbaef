package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which swept values share a numeric axis, and where they land on it. */
class ValueKindTest {

    @Test
    void plainNumbersWinOverFractions() {
        // 0.1 and 0.2 would also parse as fractions; as plain numbers they plot as written.
        assertEquals(Optional.of(ValueKind.NUMBER), ValueKind.common(List.of("0.1", "0.2", "1e3", "-4")));
        assertEquals(1000.0, ValueKind.NUMBER.toNumber("1e3"));
    }

    @Test
    void unitsAreRecognisedAndConverted() {
        assertEquals(Optional.of(ValueKind.FRACTION), ValueKind.common(List.of("0%", "10%", "0.2")));
        assertEquals(10.0, ValueKind.FRACTION.toNumber("10%"), 1e-12);
        assertEquals(Optional.of(ValueKind.DURATION), ValueKind.common(List.of("100ms", "2s", "500us")));
        assertEquals(2000.0, ValueKind.DURATION.toNumber("2s"));
        assertEquals(Optional.of(ValueKind.SIZE), ValueKind.common(List.of("64B", "1KiB")));
        assertEquals(1024.0, ValueKind.SIZE.toNumber("1KiB"));
        assertEquals(Optional.of(ValueKind.BIT_RATE), ValueKind.common(List.of("10Mbit/s", "1Gbit/s")));
        assertEquals(1e7, ValueKind.BIT_RATE.toNumber("10Mbit/s"));
    }

    @Test
    void namesMixedKindsAndJavaOnlyNumbersAreCategories() {
        assertEquals(Optional.empty(), ValueKind.common(List.of("flood", "plumtree")));
        assertEquals(Optional.empty(), ValueKind.common(List.of("10%", "100ms")));
        assertEquals(Optional.empty(), ValueKind.common(List.of("NaN", "Infinity")));
        assertEquals(Optional.empty(), ValueKind.common(List.of("1d", "0x10")));
        assertEquals(Optional.empty(), ValueKind.common(List.of()));
    }

    @Test
    void labelsCarryTheUnit() {
        assertEquals("network.loss.rate (%)", ValueKind.FRACTION.label("network.loss.rate"));
        assertEquals("fanout", ValueKind.NUMBER.label("fanout"));
    }
}
