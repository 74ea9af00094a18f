package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Strings: escapes, lines, and {@code ${...}} interpolation with strings and braces inside. */
class StringLiteralTest {

    @Test
    void aStringWithoutInterpolationIsAStringLiteral() {
        assertThat(expression("\"hello\"")).isEqualTo(lit("hello"));
        assertThat(expression("\"\"")).isEqualTo(lit(""));
    }

    @Test
    void escapesAreDecoded() {
        assertThat(expression("\"\\n\\t\\r\\0\\\\\\\"\\$\"")).isEqualTo(lit("\n\t\r\0\\\"$"));
    }

    @Test
    void unicodeEscapesMayBeOutsideTheBasicPlane() {
        assertThat(expression("\"\\u{48}\\u{49} \\u{1F600}\"")).isEqualTo(lit("HI \uD83D\uDE00"));
    }

    @Test
    void anEscapedDollarAndALoneDollarAreText() {
        assertThat(expression("\"\\${not} $5 a$\"")).isEqualTo(lit("${not} $5 a$"));
    }

    @Test
    void stringsMaySpanLines() {
        assertThat(expression("\"line one\nline two\"")).isEqualTo(lit("line one\nline two"));
    }

    @Test
    void interpolationSplitsTextAndExpressions() {
        assertThat(expression("\"t = ${now()} ms\"")).isEqualTo(
                interpolation(lit("t = "), call(name("now")), lit(" ms")));
    }

    @Test
    void interpolationAtTheEdgesHasNoEmptyText() {
        assertThat(expression("\"${a}${b}\"")).isEqualTo(interpolation(name("a"), name("b")));
    }

    @Test
    void anInterpolatedLiteralStaysAnExpressionPart() {
        assertThat(expression("\"${nil}\"")).isEqualTo(interpolation(lit(null)));
        assertThat(expression("\"n=${1}\"")).isEqualTo(interpolation(lit("n="), lit(1L)));
        assertThat(expression("\"${\"a\"}\"")).isEqualTo(interpolation(lit("a")));
    }

    @Test
    void anInterpolatedExpressionMayHoldStrings() {
        assertThat(expression("\"${\"a\" + \"b\"}\"")).isEqualTo(interpolation(bin("+", lit("a"), lit("b"))));
    }

    @Test
    void anInterpolatedExpressionMayHoldBracesAndNestedInterpolation() {
        assertThat(expression("\"x${ #{k: {1}}[\"k\"] }y${\"in${z}\"}\"")).isEqualTo(interpolation(
                lit("x"),
                index(map(entry(lit("k"), blockExpr(tail(lit(1L))))), lit("k")),
                lit("y"),
                interpolation(lit("in"), name("z"))));
    }

    @Test
    void escapesNextToInterpolationMergeWithTheirText() {
        assertThat(expression("\"a\\n${x}\\tb\"")).isEqualTo(interpolation(lit("a\n"), name("x"), lit("\tb")));
    }
}
