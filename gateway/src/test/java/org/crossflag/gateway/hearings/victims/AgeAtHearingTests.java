package org.crossflag.gateway.hearings.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.NOT_KNOWN;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.POSSIBLY_UNDER_SIXTEEN;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.SIXTEEN_OR_OVER;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.UNDER_SIXTEEN;

import java.time.LocalDate;

import org.crossflag.gateway.matching.PartialDate;
import org.junit.jupiter.api.Test;

class AgeAtHearingTests {

    static AgeAtHearing age(String dateOfBirth, String on) {
        return AgeAtHearing.of(PartialDate.parse(dateOfBirth), LocalDate.parse(on));
    }

    @Test
    void aFullDateOfBirthTurnsSixteenOnTheBirthday() {
        assertThat(age("2010-06-15", "2026-06-14")).isEqualTo(UNDER_SIXTEEN);
        assertThat(age("2010-06-15", "2026-06-15")).isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("1984-03-07", "2026-11-20")).isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("2020-01-01", "2026-11-20")).isEqualTo(UNDER_SIXTEEN);
    }

    @Test
    void aBirthAfterTheDateIsUnderSixteen() {
        assertThat(age("2027-01-01", "2026-11-20")).isEqualTo(UNDER_SIXTEEN);
    }

    @Test
    void noDateOfBirthIsNotKnown() {
        assertThat(AgeAtHearing.of(null, LocalDate.of(2026, 11, 20))).isEqualTo(NOT_KNOWN);
        assertThat(AgeAtHearing.of(PartialDate.unknown(), LocalDate.of(2026, 11, 20)))
                .isEqualTo(NOT_KNOWN);
    }

    @Test
    void aDateOfBirthWithoutAYearIsNotKnown() {
        assertThat(AgeAtHearing.of(new PartialDate(null, 6, 15), LocalDate.of(2026, 11, 20)))
                .isEqualTo(NOT_KNOWN);
        assertThat(AgeAtHearing.of(new PartialDate(null, null, 15), LocalDate.of(2026, 11, 20)))
                .isEqualTo(NOT_KNOWN);
    }

    @Test
    void aYearOnlyIsDecidedByTheFirstAndLastDaysOfThatYear() {
        assertThat(age("2010", "2026-12-31"))
                .as("even a 31 December birthday is 16")
                .isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("2010", "2026-12-30")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010", "2026-01-01")).as("a 1 January birthday is 16").isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010", "2025-12-31"))
                .as("not even a 1 January birthday is 16")
                .isEqualTo(UNDER_SIXTEEN);
        assertThat(age("1984", "2026-11-20")).isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("2015", "2026-11-20")).isEqualTo(UNDER_SIXTEEN);
    }

    @Test
    void aYearAndMonthIsDecidedByTheFirstAndLastDaysOfThatMonth() {
        assertThat(age("2010-06", "2026-05-31")).isEqualTo(UNDER_SIXTEEN);
        assertThat(age("2010-06", "2026-06-01")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010-06", "2026-06-29")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010-06", "2026-06-30")).as("June has 30 days").isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("2010-07", "2026-07-30")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010-07", "2026-07-31")).isEqualTo(SIXTEEN_OR_OVER);
    }

    @Test
    void aFebruaryOfALeapYearEndsOnThe29th() {
        assertThat(age("2008-02", "2024-02-28")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2008-02", "2024-02-29")).isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("2010-02", "2026-02-28")).as("2010 had no 29 February").isEqualTo(SIXTEEN_OR_OVER);
    }

    @Test
    void aYearAndDayWithoutAMonthRunsFromJanuaryToDecember() {
        assertThat(age("2010-??-15", "2026-01-14")).isEqualTo(UNDER_SIXTEEN);
        assertThat(age("2010-??-15", "2026-01-15")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010-??-15", "2026-12-14")).isEqualTo(POSSIBLY_UNDER_SIXTEEN);
        assertThat(age("2010-??-15", "2026-12-15")).isEqualTo(SIXTEEN_OR_OVER);
        assertThat(age("2010-??-31", "2026-12-31")).isEqualTo(SIXTEEN_OR_OVER);
    }

    @Test
    void someoneBornOn29FebruaryTurnsSixteenOnTheirBirthdayInALeapYear() {
        assertThat(age("2008-02-29", "2024-02-28")).isEqualTo(UNDER_SIXTEEN);
        assertThat(age("2008-02-29", "2024-02-29")).isEqualTo(SIXTEEN_OR_OVER);
    }

    @Test
    void someoneBornOn29FebruaryTurnsSixteenOn1MarchInAYearWithoutOne() {
        // 2100 is not a leap year.
        assertThat(age("2084-02-29", "2100-02-28")).isEqualTo(UNDER_SIXTEEN);
        assertThat(age("2084-02-29", "2100-03-01")).isEqualTo(SIXTEEN_OR_OVER);
    }

    @Test
    void underSixteenIncludesPossiblyUnderSixteen() {
        assertThat(UNDER_SIXTEEN.underSixteen()).isTrue();
        assertThat(POSSIBLY_UNDER_SIXTEEN.underSixteen()).isTrue();
        assertThat(SIXTEEN_OR_OVER.underSixteen()).isFalse();
        assertThat(NOT_KNOWN.underSixteen()).isFalse();
    }
}
