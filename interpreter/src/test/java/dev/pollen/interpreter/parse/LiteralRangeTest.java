package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Integer literals are 64-bit; {@code 9223372036854775808} only right after unary minus. */
class LiteralRangeTest {

    @Test
    void theLargestIntParses() {
        assertThat(expression("9223372036854775807")).isEqualTo(lit(Long.MAX_VALUE));
        assertThat(expression("0x7fff_ffff_ffff_ffff")).isEqualTo(lit(Long.MAX_VALUE));
    }

    @Test
    void oneMoreIsAnError() {
        assertThat(errors("print(1);\nlet big = 9223372036854775808;"))
                .containsExactly("2:11 integer literal out of range");
    }

    @Test
    void hexAndBinaryLiteralsHaveTheSameRange() {
        assertThat(errors("0x8000000000000000")).containsExactly("1:1 integer literal out of range");
        assertThat(errors("0b1" + "0".repeat(63))).containsExactly("1:1 integer literal out of range");
    }

    @Test
    void afterUnaryMinusItFoldsIntoTheSmallestInt() {
        assertThat(expression("-9223372036854775808")).isEqualTo(lit(Long.MIN_VALUE));
        assertThat(expression("- 9223372036854775808")).isEqualTo(lit(Long.MIN_VALUE));
        assertThat(expression("x / -9223372036854775808")).isEqualTo(bin("/", name("x"), lit(Long.MIN_VALUE)));
    }

    @Test
    void theSmallestIntSpansTheMinusAndTheDigits() {
        var stmt = parsed("-9223372036854775808").statements().get(0);
        assertThat(stmt.span()).isEqualTo(new dev.pollen.interpreter.diagnostics.Span(1, 1, 1, 21));
    }

    @Test
    void binaryMinusOrParenthesesDoNotMakeItFit() {
        assertThat(errors("0 - 9223372036854775808")).containsExactly("1:5 integer literal out of range");
        assertThat(errors("-(9223372036854775808)")).containsExactly("1:3 integer literal out of range");
    }

    @Test
    void negativePatternsAndMapKeysMayBeTheSmallestInt() {
        assertThat(expression("match x { -9223372036854775808 => 1 }").toString()).contains("value=" + Long.MIN_VALUE);
        assertThat(expression("#{ -9223372036854775808: 1 }")).isEqualTo(map(entry(lit(Long.MIN_VALUE), lit(1L))));
        assertThat(errors("match x { 9223372036854775808 => 1 }")).containsExactly("1:11 integer literal out of range");
    }
}
