package dev.pollen.interpreter.parse;

import static dev.pollen.interpreter.parse.ParseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** LANGUAGE.md §1: comments, number literals, names and keywords. */
class LexicalStructureTest {

    @Test
    void intLiteralsInEveryBaseAreLongs() {
        assertThat(expression("42")).isEqualTo(lit(42L));
        assertThat(expression("1_000_000")).isEqualTo(lit(1_000_000L));
        assertThat(expression("0xff")).isEqualTo(lit(255L));
        assertThat(expression("0XFF_FF")).isEqualTo(lit(65535L));
        assertThat(expression("0b1010")).isEqualTo(lit(10L));
        assertThat(expression("9223372036854775807")).isEqualTo(lit(Long.MAX_VALUE));
    }

    @Test
    void floatLiteralsNeedDigitsOnBothSidesOfThePoint() {
        assertThat(expression("1.5")).isEqualTo(lit(1.5));
        assertThat(expression("2e3")).isEqualTo(lit(2000.0));
        assertThat(expression("6.02e-23")).isEqualTo(lit(6.02e-23));
        assertThat(expression("1_000.25E+2")).isEqualTo(lit(100025.0));
    }

    @Test
    void twoDotsBetweenIntsAreARangeNotAFloat() {
        assertThat(expression("0..10")).isEqualTo(range(lit(0L), lit(10L), false));
        assertThat(expression("1..=3")).isEqualTo(range(lit(1L), lit(3L), true));
    }

    @Test
    void aMethodCallOnAnIntLiteralIsNotAFloat() {
        assertThat(expression("5.abs()")).isEqualTo(method(lit(5L), "abs"));
    }

    @Test
    void lineAndNestedBlockCommentsAreIgnored() {
        String source = """
                // a line comment
                /* a block comment /* with a nested one */ still inside */ 1 + /* inline */ 2 // trailing
                """;
        assertThat(expression(source)).isEqualTo(bin("+", lit(1L), lit(2L)));
    }

    @Test
    void identifiersMayStartWithAKeyword() {
        assertThat(expression("letter + format_in + _x1")).isEqualTo(
                bin("+", bin("+", name("letter"), name("format_in")), name("_x1")));
    }

    @Test
    void constantsAndSelf() {
        assertThat(expression("[nil, true, false, self]")).isEqualTo(
                list(lit(null), lit(true), lit(false), name("self")));
    }

    @Test
    void whitespaceAndNewlinesOnlySeparateTokens() {
        assertThat(expression("\t1\r\n  +\n2  ")).isEqualTo(bin("+", lit(1L), lit(2L)));
    }
}
