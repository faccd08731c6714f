package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NicknamesTests {

    private final Nicknames nicknames = Nicknames.bundled();

    @Test
    void diminutivesShareAFormWithTheirFormalName() {
        assertThat(nicknames.areVariants("bob", "robert")).isTrue();
        assertThat(nicknames.areVariants("bobby", "robert")).isTrue();
        assertThat(nicknames.areVariants("bill", "william")).isTrue();
        assertThat(nicknames.areVariants("mike", "mick")).isTrue();
        assertThat(nicknames.areVariants("steve", "stephen")).isTrue();
        assertThat(nicknames.areVariants("liz", "elizabeth")).isTrue();
    }

    @Test
    void britishDiminutivesComeFromTheSupplementaryList() {
        assertThat(nicknames.areVariants("del", "derek")).isTrue();
        assertThat(nicknames.areVariants("gaz", "gary")).isTrue();
        assertThat(nicknames.areVariants("baz", "barry")).isTrue();
        assertThat(nicknames.areVariants("tel", "terence")).isTrue();
        assertThat(nicknames.areVariants("kasia", "katarzyna")).isTrue();
    }

    @Test
    void onlyLongerNamesCountAsFormalForms() {
        // The list's line for Bill also names Robert; a longer name is required, so Bill never becomes Robert.
        assertThat(nicknames.areVariants("bill", "robert")).isFalse();
        assertThat(nicknames.canonicalForms("robert")).containsExactly("robert");
        assertThat(nicknames.canonicalForms("mike")).contains("mike", "michael");
    }

    @Test
    void unrelatedAndUnknownNamesStandForThemselves() {
        assertThat(nicknames.areVariants("craig", "emre")).isFalse();
        assertThat(nicknames.canonicalForms("zbigniew")).containsExactly("zbigniew");
    }

    @Test
    void tooAmbiguousDiminutivesAreNotExpanded() {
        assertThat(nicknames.canonicalForms("bert")).containsExactly("bert");
    }
}
