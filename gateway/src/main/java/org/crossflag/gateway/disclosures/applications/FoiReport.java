package org.crossflag.gateway.disclosures.applications;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The figures forces are asked for under the Freedom of Information Act, per route, over the applications received
 * from {@code from} to {@code to} (both days included).
 *
 * <p>Within or after the deadline is judged against the statutory deadline ({@code deadlineDays}, 28 by default)
 * alone, NOT against an application's extended deadline: an application extended by 7 days and decided on day 30
 * counts as decided after the deadline. A decision on day 28 counts as within, on day 29 as after.
 *
 * <p>{@code longestDays} is the longest time taken to decide, among the decided applications only: an application
 * still open has taken no decision yet and is counted in {@code applications} and {@link RouteFigures#undecided()}
 * alone. It is 0 when none is decided.
 */
public record FoiReport(String force, LocalDate from, LocalDate to, List<RouteFigures> routes) {

    /** One route's figures. */
    public record RouteFigures(
            DisclosureRoute route,
            int applications,
            int disclosures,
            int decidedWithinDeadline,
            int decidedAfterDeadline,
            long longestDays) {

        /** Received in the period and not yet decided. */
        public int undecided() {
            return applications - decidedWithinDeadline - decidedAfterDeadline;
        }
    }

    public FoiReport {
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        routes = List.copyOf(routes);
    }

    /**
     * @param deadlineDays the statutory deadline the report counts against (the clock's {@code deadlineDays})
     * @return every route, in {@link DisclosureRoute} order, with zeros for a route without applications
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static FoiReport of(
            String force, LocalDate from, LocalDate to, List<ApplicationFigures> applications, int deadlineDays) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        List<ApplicationFigures> inPeriod = applications.stream()
                .filter(application -> !application.receivedOn().isBefore(from))
                .filter(application -> !application.receivedOn().isAfter(to))
                .toList();
        List<RouteFigures> routes = Arrays.stream(DisclosureRoute.values())
                .map(route -> figures(
                        route,
                        inPeriod.stream()
                                .filter(application -> application.route() == route)
                                .toList(),
                        deadlineDays))
                .toList();
        return new FoiReport(force, from, to, routes);
    }

    private static RouteFigures figures(DisclosureRoute route, List<ApplicationFigures> applications, int deadline) {
        int disclosures = 0;
        int within = 0;
        int after = 0;
        long longest = 0;
        for (ApplicationFigures application : applications) {
            if (!application.decided()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(application.receivedOn(), application.decidedOn());
            if (days <= deadline) {
                within++;
            } else {
                after++;
            }
            if (application.disclosed()) {
                disclosures++;
            }
            longest = Math.max(longest, days);
        }
        return new RouteFigures(route, applications.size(), disclosures, within, after, longest);
    }
}
