package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import org.junit.jupiter.api.Test;

class DateLevelsTests {

    private final IdentityEncoder encoder = new IdentityEncoder(MatchingFixtures.single());

    @Test
    void anExactDateIsStrongEvidenceAndErrorsAreWeakerButPositive() {
        double exact = date("1985-03-12", "1985-03-12");
        double swap = date("1985-03-12", "1985-12-03");
        double dayTypo = date("1985-03-12", "1985-03-13");
        double yearTypo = date("1985-03-12", "1986-03-12");
        assertThat(exact).isGreaterThan(12);
        assertThat(swap).isBetween(2.0, exact);
        assertThat(dayTypo).isBetween(2.0, exact);
        assertThat(swap)
                .as("a swap is rarer by chance than another day in the same month")
                .isGreaterThan(dayTypo + 3);
        assertThat(yearTypo).isBetween(2.0, exact);
    }

    @Test
    void anotherBirthdayCountsAgainst() {
        assertThat(date("1985-03-12", "1985-07-23")).as("same year").isNegative();
        assertThat(date("1985-03-12", "1962-10-30")).as("different").isLessThan(-4);
    }

    @Test
    void aPartialDateComparesOnTheYearAloneAndAnUnknownOneNotAtAll() {
        assertThat(date("1985-03-12", "1985")).isBetween(4.0, 7.0);
        assertThat(date("1985-03-12", "1991")).isNegative();
        assertThat(date("1985-03-12", "")).isZero();
    }

    private double date(String a, String b) {
        IdentityEncoding x = encoder.encode(person("Sam", "Doe", a), 1);
        IdentityEncoding y = encoder.encode(person("Sam", "Doe", b), 1);
        return DateLevels.weight(
                MatchParameters.defaults().dateOfBirth(),
                x.dateOfBirth(),
                y.dateOfBirth(),
                0,
                FieldPresence.of(x) & FieldPresence.of(y));
    }
}
