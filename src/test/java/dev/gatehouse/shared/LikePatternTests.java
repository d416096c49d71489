package dev.gatehouse.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LikePatternTests {

    @Test
    void matchesWhatContainsTheQueryIgnoringCaseAndSurroundingBlanks() {
        assertThat(LikePattern.containing("  Alice ")).isEqualTo("%alice%");
    }

    @Test
    void takesWildcardsAndTheEscapeCharacterLiterally() {
        assertThat(LikePattern.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
    }

    @Test
    void noQueryMatchesEverything() {
        assertThat(LikePattern.containing(null)).isEqualTo("%%");
        assertThat(LikePattern.containing("   ")).isEqualTo("%%");
    }
}
