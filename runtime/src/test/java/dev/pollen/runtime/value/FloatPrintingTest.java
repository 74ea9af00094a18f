package dev.pollen.runtime.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatPrintingTest {

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
        // the cases of acceptance/core/float_printing.pln
        "3.0 | 3.0",
        "0.1 | 0.1",
        "1.5 | 1.5",
        "0.30000000000000004 | 0.30000000000000004",
        "1e16 | 1e+16",
        "1e15 | 1000000000000000.0",
        "10.0 | 10.0",
        "3.5 | 3.5",
        "0.3333333333333333 | 0.3333333333333333",
        "0.0001 | 0.0001",
        "0.00001 | 1e-05",
        "-0.5 | -0.5",
        "7.0 | 7.0",
        "2e3 | 2000.0",
        "6.02e-23 | 6.02e-23",
        // more, checked against CPython's repr
        "0.0 | 0.0",
        "-0.0 | -0.0",
        "1.5e16 | 1.5e+16",
        "1.2345e-7 | 1.2345e-07",
        "9999999999999998.0 | 9999999999999998.0",
        "123456789012345678.0 | 1.2345678901234568e+17",
        "1e22 | 1e+22",
        "1e23 | 1e+23",
        "1.7976931348623157e308 | 1.7976931348623157e+308",
        "4.9e-324 | 5e-324",
        "2.2250738585072014e-308 | 2.2250738585072014e-308",
        "0.001 | 0.001",
        "123.456 | 123.456",
        "-1234.5e10 | -12345000000000.0",
        "100.0 | 100.0",
    })
    void printsLikePythonRepr(double value, String expected) {
        assertThat(Printer.str(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', value = {
        "2.82879384806159e17 | 2.82879384806159e+17",
        "1.0E23 | 1e+23",
        "2.0E-3 | 0.002",
        "5.0E-324 | 5e-324",
    })
    void printsShortestDigitsWhereJava17DoubleToStringDoesNot(double value, String expected) {
        assertThat(Printer.str(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Infinity, inf", "-Infinity, -inf", "NaN, nan"})
    void printsNonFiniteValuesLowercase(double value, String expected) {
        assertThat(Printer.str(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void everyPrintedFloatParsesBackToTheSameDouble() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d)) {
                continue;
            }
            String text = Printer.str(d);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(d);
        }
    }
}
