package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One rounding rule for "mean ± half-width": the half-width to two significant digits, the
 * mean to the same decimal place, in one unit written once.
 */
class QuantityTest {
    private static final String NBSP = "\u00a0";

    @Test
    void aColumnWritesEveryCellInTheUnitOfItsLargestValue() {
        Quantity.Scale kib = Quantity.BYTES.scaleFor(1_200_000);
        assertEquals("MiB", kib.unit());
        Quantity.Scale column = Quantity.BYTES.scaleFor(1_048_576 * 0.99);
        assertEquals("KiB", column.unit());
        assertEquals("424\u00a0KiB", Quantity.BYTES.format(434_176, null, column));
        assertEquals("1,013.8 \u00b1 2.0\u00a0KiB", Quantity.BYTES.format(1_038_131, 2_048.0, column));
        // Within two decades one unit; across more, each cell its own (81 ms stays 81 ms beside 17 s).
        assertEquals("KiB", Quantity.BYTES.columnScale(434_176, 1_040_000).unit());
        assertEquals(null, Quantity.MILLISECONDS.columnScale(81, 17_366));
        assertEquals("81.1 \u00b1 6.1\u00a0ms", Quantity.MILLISECONDS.format(81.1, 6.1, null));
    }

    @Test
    void theMeanIsRoundedToTheDecimalPlaceOfTheHalfWidthsSecondDigit() {
        // Never less precise than its ± (was "3.59 ± 0.0572"), never more.
        assertEquals("3.590 \u00b1 0.057", Quantity.NUMBER.format(3.5897, 0.0572));
        assertEquals("133.4 \u00b1 5.2" + NBSP + "ms", Quantity.MILLISECONDS.format(133.42, 5.17));
        assertEquals("0.30 \u00b1 0.63", Quantity.NUMBER.format(0.3, 0.6318));
        assertEquals("1.25 \u00b1 0.15", Quantity.NUMBER.format(1.25, 0.15));
    }

    @Test
    void integersAreRoundedLikeEveryOtherMeanAndKeepTheirSeparators() {
        // Integer means were printed in full (28,600 / 25,400 / 22,354) beside others cut to 3 digits.
        assertEquals("28,600 \u00b1 200", Quantity.NUMBER.format(28_602.4, 197.0));
        assertEquals("22,350 \u00b1 480", Quantity.NUMBER.format(22_354, 476.0));
        assertEquals("1,430 \u00b1 200", Quantity.NUMBER.format(1_430.2, 197.3));
        // A half-width that rounds up to a new digit: 9.96 is 10, so the mean is rounded to units.
        assertEquals("100 \u00b1 10", Quantity.NUMBER.format(100.4, 9.96));
    }

    @Test
    void theUnitSuitsTheValueAndIsWrittenOnce() {
        assertEquals("84.8 \u00b1 1.2" + NBSP + "%", Quantity.SHARE.format(0.848, 0.0123));
        assertEquals("2.346 \u00b1 0.012" + NBSP + "s", Quantity.MILLISECONDS.format(2_345.6, 12.3));
        assertEquals("4.292 \u00b1 0.011" + NBSP + "MiB", Quantity.BYTES.format(4_500_000, 12_000.0));
    }

    @Test
    void noSpreadNoIntervalAndRoundingToZero() {
        // Every run the same: the mean as a lone value is shown, and "± 0".
        assertEquals("71 \u00b1 0", Quantity.NUMBER.format(71, 0.0));
        assertEquals("100 \u00b1 0" + NBSP + "%", Quantity.SHARE.format(1.0, 0.0));
        // Fewer than two runs: no interval, the mean to three significant digits.
        assertEquals("71.2", Quantity.NUMBER.format(71.2, null));
        assertEquals("166" + NBSP + "ms", Quantity.MILLISECONDS.format(165.98, null));
        // A mean that rounds to zero has no minus sign.
        assertEquals("0.00 \u00b1 0.50", Quantity.NUMBER.format(-0.004, 0.5));
        assertEquals("-0.04 \u00b1 0.50", Quantity.NUMBER.format(-0.04, 0.5));
        assertEquals("undefined", Quantity.NUMBER.format(Double.NaN, 1.0));
    }
}
