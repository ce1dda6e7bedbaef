package io.gossamer.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void durationsBecomeNanoseconds() {
        assertEquals(100_000_000L, Units.duration("100ms"));
        assertEquals(2_500_000_000L, Units.duration("2.5s"));
        assertEquals(250_000L, Units.duration("250us"));
        assertEquals(7L, Units.duration("7ns"));
        assertEquals(120_000_000_000L, Units.duration("2min"));
        assertEquals(3_600_000_000_000L, Units.duration("1h"));
        assertEquals(100_000_000L, Units.duration(" 100 ms "));
        assertEquals(1_000_000L, Units.duration("1MS"));
        assertEquals(3_000L, Units.duration("3µs"));
        assertEquals(3_000L, Units.duration("3 µS"));
    }

    @Test
    void theUnitListsAreWhatTheParsersAccept() {
        assertEquals(java.util.List.of("ns", "us", "µs", "ms", "s", "min", "h"), Units.durationUnits());
        for (String unit : Units.sizeUnits()) {
            assertTrue(Units.size("2" + unit) >= 2, unit);
            assertFalse(Units.ignoresCase(unit), unit);
        }
        for (String unit : Units.bitRateUnits()) {
            assertTrue(Units.bitRate("2" + unit) >= 2, unit);
            assertFalse(Units.ignoresCase(unit), unit);
        }
        for (String unit : Units.durationUnits()) {
            assertTrue(Units.ignoresCase(unit), unit);
            String upper = unit.replace("s", "S").replace("n", "N").replace("m", "M").replace("h", "H").replace("u", "U").replace("i", "I");
            assertEquals(Units.duration("2" + unit), Units.duration("2" + upper), upper);
        }
    }

    @Test
    void sizesAndRatesKeepDecimalAndBinaryPrefixesApart() {
        assertEquals(1024L, Units.size("1KiB"));
        assertEquals(1000L, Units.size("1KB"));
        assertEquals(10L << 20, Units.size("10MiB"));
        assertEquals(64L, Units.size("64B"));
        assertEquals(10_000_000L, Units.bitRate("10Mbit/s"));
        assertEquals(100_000_000L, Units.bitRate("100Mbit/s"));
        assertEquals(8_000_000L, Units.bitRate("1MB/s"));
        assertEquals(1_500L, Units.bitRate("1.5kbit/s"));
    }

    @Test
    void fractionsArePercentagesOrNumbersInTheUnitInterval() {
        assertEquals(0.2, Units.fraction("20%"), 1e-12);
        assertEquals(0.2, Units.fraction("0.2"), 1e-12);
        assertEquals(1.0, Units.fraction("100%"), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Units.fraction("120%"));
        assertTrue(e.getMessage().contains("outside [0, 1]"), e.getMessage());
    }

    @Test
    void badValuesSayWhatWouldBeValid() {
        IllegalArgumentException noUnit = assertThrows(IllegalArgumentException.class, () -> Units.duration("100"));
        assertTrue(noUnit.getMessage().contains("it has no unit; use one of ns, us, ms, s, min, h, e.g. 100ms"),
                noUnit.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> Units.duration("5kg"));
        assertTrue(wrong.getMessage().contains("'kg' is not a unit of duration"), wrong.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> Units.duration("-1s"));
        assertTrue(negative.getMessage().contains("cannot be negative"), negative.getMessage());
        IllegalArgumentException garbage = assertThrows(IllegalArgumentException.class, () -> Units.size("lots"));
        assertTrue(garbage.getMessage().contains("write a number and a unit"), garbage.getMessage());
        IllegalArgumentException bits = assertThrows(IllegalArgumentException.class, () -> Units.size("1Kib"));
        assertTrue(bits.getMessage().contains("'Kib' is not a unit of size"), bits.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Units.duration("100000000h"));
    }
}
