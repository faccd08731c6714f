package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTokensTests {

    @Test
    void transliterationVariantsShareTheirPhoneticCode() {
        assertThat(NameTokens.phonetic("mohammed")).containsAnyElementsOf(NameTokens.phonetic("muhammad"));
        assertThat(NameTokens.phonetic("mohamed")).containsAnyElementsOf(NameTokens.phonetic("muhammad"));
        assertThat(NameTokens.phonetic("hussain")).containsAnyElementsOf(NameTokens.phonetic("hussein"));
    }

    @Test
    void consonantSkeletonsAbsorbVowelSpellings() {
        assertThat(NameTokens.skeleton("yusuf"))
                .isEqualTo(NameTokens.skeleton("yousef"))
                .isEqualTo(NameTokens.skeleton("youssef"));
        assertThat(NameTokens.skeleton("alexander")).isEqualTo(NameTokens.skeleton("aleksander"));
        assertThat(NameTokens.skeleton("mohammed")).isEqualTo(NameTokens.skeleton("muhammad"));
    }

    @Test
    void bigramsArePaddedAndDistinct() {
        assertThat(NameTokens.bigrams("anna")).containsExactly("_a", "an", "nn", "na", "a_");
    }
}
