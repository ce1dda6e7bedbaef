package io.gossamer.scenarios;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as text that is the same on every JVM: at most 6 decimals, no trailing zeros, no
 * exponent. ({@link Double#toString} changed between Java versions; this does not.)
 */
public final class Numbers {
    private Numbers() {
    }

    /** The value rounded half-even to 6 decimals, as plain text; "" for NaN or infinities. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal d = new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }
}
