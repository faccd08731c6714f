package org.crossflag.gateway.hearings.victims;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

import org.crossflag.gateway.matching.PartialDate;

/**
 * How old a person was on a date, from a date of birth that may be partial. A partial date is decided by the earliest
 * and latest birthdays it allows: when both give the same answer that is the answer, otherwise the person was
 * possibly under 16. Someone born on 29 February turns 16 on 1 March in a year without one.
 */
public enum AgeAtHearing {
    SIXTEEN_OR_OVER,
    UNDER_SIXTEEN,
    /** The date of birth is partial and allows both: check before relying on the age. */
    POSSIBLY_UNDER_SIXTEEN,
    /** No date of birth, or one without a year. */
    NOT_KNOWN;

    private static final int AGE = 16;

    /** Whether the person was, or may have been, under 16. */
    public boolean underSixteen() {
        return this == UNDER_SIXTEEN || this == POSSIBLY_UNDER_SIXTEEN;
    }

    public static AgeAtHearing of(PartialDate dateOfBirth, LocalDate on) {
        Objects.requireNonNull(on, "on");
        if (dateOfBirth == null || dateOfBirth.year() == null) {
            return NOT_KNOWN;
        }
        boolean earliestIsSixteen = sixteenOrOver(earliestBirth(dateOfBirth), on);
        boolean latestIsSixteen = sixteenOrOver(latestBirth(dateOfBirth), on);
        if (earliestIsSixteen && latestIsSixteen) {
            return SIXTEEN_OR_OVER;
        }
        if (!earliestIsSixteen && !latestIsSixteen) {
            return UNDER_SIXTEEN;
        }
        return POSSIBLY_UNDER_SIXTEEN;
    }

    /** Whole years as {@link Period} counts them: born on 29 February, a year without one ends on 1 March. */
    private static boolean sixteenOrOver(LocalDate born, LocalDate on) {
        return Period.between(born, on).getYears() >= AGE;
    }

    /** A day without its month is taken in January, which has 31 days. */
    private static LocalDate earliestBirth(PartialDate date) {
        int month = date.month() == null ? 1 : date.month();
        int day = date.day() == null ? 1 : date.day();
        return LocalDate.of(date.year(), month, day);
    }

    /** A day without its month is taken in December, which has 31 days. */
    private static LocalDate latestBirth(PartialDate date) {
        int month = date.month() == null ? 12 : date.month();
        int day = date.day() == null ? YearMonth.of(date.year(), month).lengthOfMonth() : date.day();
        return LocalDate.of(date.year(), month, day);
    }
}
