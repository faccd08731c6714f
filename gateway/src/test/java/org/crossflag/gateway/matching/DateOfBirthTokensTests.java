package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DateOfBirthTokensTests {

    private static final PartialDate BORN = PartialDate.of(1985, 3, 12);

    @Test
    void dayMonthSwapKeepsTheYearAndThePair() {
        PartialDate swapped = PartialDate.of(1985, 12, 3);
        assertThat(DateOfBirthTokens.yearTokens(swapped)).isEqualTo(DateOfBirthTokens.yearTokens(BORN));
        assertThat(shared(DateOfBirthTokens.dayMonthTokens(swapped), DateOfBirthTokens.dayMonthTokens(BORN)))
                .isEmpty();
        assertThat(DateOfBirthTokens.pairTokens(swapped)).isEqualTo(DateOfBirthTokens.pairTokens(BORN));
    }

    @Test
    void unrelatedBirthdaysShareNoDayMonthTokenEvenWhenOnesDayIsTheOthersMonth() {
        PartialDate other = PartialDate.of(1985, 12, 20);
        assertThat(shared(DateOfBirthTokens.dayMonthTokens(other), DateOfBirthTokens.dayMonthTokens(BORN)))
                .isEmpty();
    }

    @Test
    void singleDigitTyposKeepMostTokens() {
        PartialDate dayTypo = PartialDate.of(1985, 3, 13);
        assertThat(DateOfBirthTokens.yearTokens(dayTypo)).isEqualTo(DateOfBirthTokens.yearTokens(BORN));
        assertThat(shared(DateOfBirthTokens.dayMonthTokens(dayTypo), DateOfBirthTokens.dayMonthTokens(BORN)))
                .containsExactly("m:03");

        PartialDate yearTypo = PartialDate.of(1986, 3, 12);
        assertThat(DateOfBirthTokens.dayMonthTokens(yearTypo)).isEqualTo(DateOfBirthTokens.dayMonthTokens(BORN));
        assertThat(shared(DateOfBirthTokens.yearTokens(yearTypo), DateOfBirthTokens.yearTokens(BORN)))
                .containsExactly("y3:8");
    }

    @Test
    void partialDatesGiveOnlyTheTokensOfTheirParts() {
        PartialDate yearOnly = PartialDate.parse("1985");
        assertThat(DateOfBirthTokens.yearTokens(yearOnly)).isEqualTo(DateOfBirthTokens.yearTokens(BORN));
        assertThat(DateOfBirthTokens.dayMonthTokens(yearOnly)).isEmpty();
        assertThat(DateOfBirthTokens.yearTokens(PartialDate.unknown())).isEmpty();
    }

    @Test
    void partialDatesParseAndPrint() {
        assertThat(PartialDate.parse("1984-??-07")).isEqualTo(new PartialDate(1984, null, 7));
        assertThat(PartialDate.parse("1984-06")).isEqualTo(new PartialDate(1984, 6, null));
        assertThat(PartialDate.parse("")).isEqualTo(PartialDate.unknown());
        assertThat(PartialDate.of(1984, 6, 7)).hasToString("1984-06-07");
        assertThatThrownBy(() -> PartialDate.parse("1984-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("7 June 1984")).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> shared(List<String> a, List<String> b) {
        List<String> common = new ArrayList<>(a);
        common.retainAll(b);
        return common;
    }
}
