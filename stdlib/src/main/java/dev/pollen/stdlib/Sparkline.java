package dev.pollen.stdlib;

import dev.pollen.runtime.value.PList;
import dev.pollen.runtime.value.PollenException;
import dev.pollen.runtime.value.Printer;
import dev.pollen.runtime.value.Values;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code sparkline(list)}: a one-line chart of numbers, one block character per element, e.g.
 * {@code sparkline([1, 5, 2, 8])} is {@code "▁▅▂█"}.
 *
 * <p>Each value is scaled linearly between the list's minimum (▁) and maximum (█) and rounded to the
 * nearest of the eight bars ▁▂▃▄▅▆▇█. When every value is equal there is no scale, so the line is
 * flat at the middle bar ▄ (neither "all low" nor "all high"); an empty list gives {@code ""}.
 * Elements must be finite ints or floats (TypeError / ValueError otherwise). Handy for printing
 * sensor readings.
 */
final class Sparkline {
    private Sparkline() {}

    static final Set<String> NAMES = Set.of("sparkline");

    private static final String BARS = "▁▂▃▄▅▆▇█";
    private static final char FLAT = '▄';

    static void install(BiConsumer<String, Object> define) {
        define.accept("sparkline", new NativeFunction("sparkline", args -> {
            Args.exactly("sparkline", args, 1);
            return render(Args.list("sparkline", args, 0));
        }));
    }

    static String render(PList list) {
        List<Object> items = list.items();
        double[] values = new double[items.size()];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            Object v = items.get(i);
            if (!Values.isNumber(v)) {
                throw PollenException.typeError("sparkline() needs numbers, found " + Values.typeOf(v));
            }
            double d = ((Number) v).doubleValue();
            if (!Double.isFinite(d)) {
                throw PollenException.valueError("sparkline() needs finite numbers, found " + Printer.formatFloat(d));
            }
            values[i] = d;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        StringBuilder out = new StringBuilder(values.length);
        double span = max - min;
        for (double d : values) {
            if (span == 0 || !Double.isFinite(span)) {
                out.append(span == 0 ? FLAT : BARS.charAt(bar(d / 2 - min / 2, max / 2 - min / 2)));
            } else {
                out.append(BARS.charAt(bar(d - min, span)));
            }
        }
        return out.toString();
    }

    /** The bar index 0..7 for an offset within a span (both non-negative, span > 0). */
    private static int bar(double offset, double span) {
        int i = (int) Math.round(offset / span * (BARS.length() - 1));
        return Math.max(0, Math.min(BARS.length() - 1, i));
    }
}
