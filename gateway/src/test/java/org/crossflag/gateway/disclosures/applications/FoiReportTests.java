package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.gateway.disclosures.applications.DisclosureRoute.RIGHT_TO_ASK;
import static org.crossflag.gateway.disclosures.applications.DisclosureRoute.RIGHT_TO_KNOW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.gateway.disclosures.applications.FoiReport.RouteFigures;
import org.junit.jupiter.api.Test;

class FoiReportTests {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);
    static final LocalDate MARCH = LocalDate.of(2026, 3, 2);

    static ApplicationFigures decided(DisclosureRoute route, LocalDate receivedOn, int afterDays, boolean disclosed) {
        return new ApplicationFigures(route, receivedOn, receivedOn.plusDays(afterDays), disclosed, List.of());
    }

    static ApplicationFigures open(DisclosureRoute route, LocalDate receivedOn) {
        return new ApplicationFigures(route, receivedOn, null, false, List.of());
    }

    @Test
    void countsEachRouteOnAHandBuiltSet() {
        Extension sevenDays = new Extension(7, "awaiting partner agency information", "SFK-DVDS-01", Instant.EPOCH);
        List<ApplicationFigures> applications = List.of(
                decided(RIGHT_TO_ASK, MARCH, 28, true), // day 28: within
                decided(RIGHT_TO_ASK, MARCH, 29, false), // day 29: after
                decided(RIGHT_TO_ASK, MARCH, 3, false),
                open(RIGHT_TO_ASK, LocalDate.of(2026, 11, 20)),
                new ApplicationFigures(RIGHT_TO_KNOW, MARCH, MARCH.plusDays(31), true, List.of(sevenDays)),
                decided(RIGHT_TO_KNOW, MARCH, 10, true));

        FoiReport report = FoiReport.of("GB-SFK", FROM, TO, applications, 28);

        assertThat(report.force()).isEqualTo("GB-SFK");
        assertThat(report.from()).isEqualTo(FROM);
        assertThat(report.to()).isEqualTo(TO);
        assertThat(report.routes())
                .containsExactly(
                        new RouteFigures(RIGHT_TO_ASK, 4, 1, 2, 1, 29),
                        new RouteFigures(RIGHT_TO_KNOW, 2, 2, 1, 1, 31));
        assertThat(report.routes().get(0).undecided()).isEqualTo(1);
        assertThat(report.routes().get(1).undecided()).isZero();
    }

    @Test
    void anExtensionDoesNotMoveTheStatutoryDeadlineForTheReport() {
        Extension sevenDays = new Extension(7, "awaiting partner agency information", "SFK-DVDS-01", Instant.EPOCH);
        ApplicationFigures extended =
                new ApplicationFigures(RIGHT_TO_ASK, MARCH, MARCH.plusDays(33), false, List.of(sevenDays));

        RouteFigures figures =
                FoiReport.of("GB-SFK", FROM, TO, List.of(extended), 28).routes().get(0);

        assertThat(figures.decidedWithinDeadline()).isZero();
        assertThat(figures.decidedAfterDeadline()).isEqualTo(1);
    }

    @Test
    void anUndecidedApplicationCountsOnlyAsAnApplication() {
        RouteFigures figures = FoiReport.of("GB-SFK", FROM, TO, List.of(open(RIGHT_TO_KNOW, MARCH)), 28)
                .routes()
                .get(1);

        assertThat(figures).isEqualTo(new RouteFigures(RIGHT_TO_KNOW, 1, 0, 0, 0, 0));
        assertThat(figures.undecided()).isEqualTo(1);
    }

    @Test
    void bothRoutesAreAlwaysThereWithZerosWhenEmpty() {
        assertThat(FoiReport.of("GB-SFK", FROM, TO, List.of(), 28).routes())
                .containsExactly(
                        new RouteFigures(RIGHT_TO_ASK, 0, 0, 0, 0, 0), new RouteFigures(RIGHT_TO_KNOW, 0, 0, 0, 0, 0));
    }

    @Test
    void onlyApplicationsReceivedWithinThePeriodBothDaysIncludedCount() {
        List<ApplicationFigures> applications = List.of(
                decided(RIGHT_TO_ASK, FROM.minusDays(1), 40, true),
                decided(RIGHT_TO_ASK, FROM, 5, true),
                decided(RIGHT_TO_ASK, TO, 5, true),
                open(RIGHT_TO_ASK, TO.plusDays(1)));

        RouteFigures figures =
                FoiReport.of("GB-SFK", FROM, TO, applications, 28).routes().get(0);

        assertThat(figures).isEqualTo(new RouteFigures(RIGHT_TO_ASK, 2, 2, 2, 0, 5));
    }

    @Test
    void theDeadlineCountedAgainstIsTheOneGiven() {
        RouteFigures figures = FoiReport.of("GB-SFK", FROM, TO, List.of(decided(RIGHT_TO_ASK, MARCH, 21, false)), 20)
                .routes()
                .get(0);

        assertThat(figures.decidedAfterDeadline()).isEqualTo(1);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> FoiReport.of("GB-SFK", TO, FROM, List.of(), 28))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be before from");
    }

    @Test
    void figuresThatCannotBeTrueAreRefused() {
        assertThatThrownBy(() -> new ApplicationFigures(RIGHT_TO_ASK, MARCH, MARCH.minusDays(1), false, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decidedOn must not be before receivedOn");
        assertThatThrownBy(() -> new ApplicationFigures(RIGHT_TO_ASK, MARCH, null, true, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a disclosure needs decidedOn");
    }
}
