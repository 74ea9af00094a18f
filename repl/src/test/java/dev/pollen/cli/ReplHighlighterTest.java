package dev.pollen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class ReplHighlighterTest {
    @Test
    void theTextIsUnchanged() {
        String code = "let s = \"n = ${n + 1}\"; // note\nfn f() { 0x1f }";
        assertThat(ReplHighlighter.highlight(code).toString()).isEqualTo(code);
    }

    @Test
    void keywordsStringsNumbersAndComments_areColoured() {
        AttributedString s = ReplHighlighter.highlight("let x = \"a\" + 1; // c");
        assertThat(s.styleAt(0)).isNotEqualTo(AttributedStyle.DEFAULT);   // let
        assertThat(s.styleAt(4)).isEqualTo(AttributedStyle.DEFAULT);      // x
        assertThat(s.styleAt(8)).isNotEqualTo(AttributedStyle.DEFAULT);   // "a"
        assertThat(s.styleAt(14)).isNotEqualTo(AttributedStyle.DEFAULT);  // 1
        assertThat(s.styleAt(18)).isNotEqualTo(AttributedStyle.DEFAULT);  // // c
        assertThat(s.styleAt(8)).isNotEqualTo(s.styleAt(14));
    }

    @Test
    void aCommand_hasItsNameColoured() {
        AttributedString s = ReplHighlighter.highlight(":states fetch");
        assertThat(s.toString()).isEqualTo(":states fetch");
        assertThat(s.styleAt(1)).isNotEqualTo(AttributedStyle.DEFAULT);
        assertThat(s.styleAt(9)).isEqualTo(AttributedStyle.DEFAULT);
    }
}
