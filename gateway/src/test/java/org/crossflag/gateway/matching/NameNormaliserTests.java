package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTests {

    @Test
    void caseAndDiacriticsAreFolded() {
        assertThat(NameNormaliser.givenWords("ZOË")).containsExactly("zoe");
        assertThat(NameNormaliser.givenWords("Łukasz")).containsExactly("lukasz");
        assertThat(NameNormaliser.familyWords("Wiśniewski")).containsExactly("wisniewski");
        assertThat(NameNormaliser.givenWords("José")).containsExactly("jose");
        assertThat(NameNormaliser.familyWords("Straße")).containsExactly("strasse");
    }

    @Test
    void titlesAndSuffixesAreRemoved() {
        assertThat(NameNormaliser.givenWords("Mr. John")).containsExactly("john");
        assertThat(NameNormaliser.givenWords("Dr Ayesha")).containsExactly("ayesha");
        assertThat(NameNormaliser.familyWords("Smith Jnr")).containsExactly("smith");
        assertThat(NameNormaliser.givenWords("Miss"))
                .as("a title alone is kept")
                .containsExactly("miss");
    }

    @Test
    void apostrophesVanishAndOtherPunctuationSeparates() {
        assertThat(NameNormaliser.familyWords("O'Brien")).containsExactly("obrien");
        assertThat(NameNormaliser.familyWords("D’Souza")).containsExactly("dsouza");
        assertThat(NameNormaliser.givenWords("Jean-Luc")).containsExactly("jean", "luc");
    }

    @Test
    void hyphenatedAndDoubleBarrelledSurnamesBecomeWordSets() {
        assertThat(NameNormaliser.familyWords("Smith-Jones")).containsExactly("smith", "jones");
        assertThat(NameNormaliser.familyWords("SMITH JONES")).containsExactly("smith", "jones");
    }

    @Test
    void particlesJoinTheFollowingWordAndTheArabicArticleIsDropped() {
        assertThat(NameNormaliser.familyWords("van der Berg")).containsExactly("vanderberg");
        assertThat(NameNormaliser.familyWords("De Souza")).containsExactly("desouza");
        assertThat(NameNormaliser.familyWords("Mc Donald")).containsExactly("mcdonald");
        assertThat(NameNormaliser.familyWords("Al-Hassan")).containsExactly("hassan");
        assertThat(NameNormaliser.familyWords("El Hassan")).containsExactly("hassan");
    }

    @Test
    void aliasesReadEitherOrder() {
        assertThat(IdentityNormaliser.alias("Smith, Robert"))
                .isEqualTo(new NameVariant("robert", java.util.List.of("smith")));
        assertThat(IdentityNormaliser.alias("Bobby Smith-Jones"))
                .isEqualTo(new NameVariant("bobby", java.util.List.of("smith", "jones")));
    }

    @Test
    void aOneWordAliasIsReadAsAnEarlierSurnameAndAsAnotherGivenName() {
        PersonIdentity married = PersonIdentity.of("Susan", "Griffiths", PartialDate.unknown())
                .withAliases(java.util.List.of("Stewart"));
        assertThat(IdentityNormaliser.normalise(married).variants())
                .containsExactly(
                        new NameVariant("susan", java.util.List.of("griffiths")),
                        new NameVariant("susan", java.util.List.of("stewart")),
                        new NameVariant("stewart", java.util.List.of("griffiths")));
    }

    @Test
    void oneLetterDeletionsOfANameAreItsNeighboursForBlocking() {
        assertThat(IdentityEncoder.deletions("king")).containsExactly("ing", "kig", "kin", "king", "kng");
        assertThat(IdentityEncoder.deletions("kign")).contains("kin", "kig");
        assertThat(IdentityEncoder.deletions("lee"))
                .as("too short to have useful neighbours")
                .isEmpty();
    }

    @Test
    void anAddressLineKeepsMostOfItsTokensThroughATypoOrALostSpace() {
        java.util.List<String> line = AddressTokens.tokens("609 shepherdson place");
        assertThat(line).contains("n:609", "s:_s", "s:sh", "s:e_");
        java.util.List<String> joined = AddressTokens.tokens("609 shepherdsonplace");
        assertThat(joined).isEqualTo(line);
        java.util.List<String> typo = new java.util.ArrayList<>(AddressTokens.tokens("609 shepherdsn place"));
        typo.retainAll(line);
        assertThat(typo.size()).isGreaterThanOrEqualTo(line.size() - 3);
        assertThat(AddressTokens.tokens("")).isEmpty();
    }

    @Test
    void strongIdentifiersAndPostcodesAreNormalised() {
        assertThat(IdentityNormaliser.pnc("2012/0345678a")).isEqualTo("12/345678A");
        assertThat(IdentityNormaliser.pnc("12/345678A")).isEqualTo("12/345678A");
        assertThat(IdentityNormaliser.pnc("not a pnc")).isNull();
        assertThat(IdentityNormaliser.postcode("sw1a 1aa")).isEqualTo("SW1A1AA");
        assertThat(IdentityNormaliser.postcode("nowhere")).isNull();
        assertThat(IdentityNormaliser.postcode(" 2160"))
                .as("another country's code")
                .isEqualTo("~2160");
        assertThat(PostcodeTokens.tokens("~2160")).containsExactly("po:2160");
        assertThat(IdentityNormaliser.phone("+44 7700 900123")).isEqualTo("07700900123");
        assertThat(IdentityNormaliser.email(" Someone@Example.ORG ")).isEqualTo("someone@example.org");
    }
}
