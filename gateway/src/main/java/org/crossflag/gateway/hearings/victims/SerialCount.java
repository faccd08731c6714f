package org.crossflag.gateway.hearings.victims;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a referred person is a serial perpetrator under the NPCC definition: two or more victims, partners or
 * family members, within a rolling three years. Only sightings whose relationship is a partner, former partner or
 * family member ({@link org.crossflag.adapter.VictimRelationship#partnerOrFamily()}) and that were recorded within
 * the window up to and including the referral date take part. Sightings of the same victim, directly or through
 * another sighting, count once: two forces that both recorded one victim make one victim and two forces.
 *
 * @param victims  the distinct victims counted
 * @param forces   the distinct forces among the counted sightings
 * @param serial   whether {@code victims} reaches the threshold
 * @param settings the threshold and window the count was made under
 */
public record SerialCount(int victims, int forces, boolean serial, Settings settings) {

    public SerialCount {
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * At least {@code threshold} distinct victims within {@code window} before the referral make a serial
     * perpetrator.
     */
    public record Settings(int threshold, Period window) {

        /** The NPCC definition: two victims within three years. */
        public static final Settings NPCC = new Settings(2, Period.ofYears(3));

        public Settings {
            if (threshold < 2) {
                throw new IllegalArgumentException("threshold must be 2 or more victims");
            }
            Objects.requireNonNull(window, "window");
            if (window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("window must be a positive period");
            }
        }
    }

    public static SerialCount of(
            LocalDate referredOn, List<VictimSighting> sightings, SameVictim sameVictim, Settings settings) {
        Objects.requireNonNull(referredOn, "referredOn");
        Objects.requireNonNull(sightings, "sightings");
        Objects.requireNonNull(sameVictim, "sameVictim");
        Objects.requireNonNull(settings, "settings");
        LocalDate from = referredOn.minus(settings.window());
        List<Integer> counted = new ArrayList<>();
        for (int i = 0; i < sightings.size(); i++) {
            VictimSighting sighting = sightings.get(i);
            if (sighting.relationship().partnerOrFamily()
                    && !sighting.recordedOn().isBefore(from)
                    && !sighting.recordedOn().isAfter(referredOn)) {
                counted.add(i);
            }
        }
        int victims = distinctVictims(counted, sameVictim);
        Set<String> forces = new HashSet<>();
        counted.forEach(i -> forces.add(sightings.get(i).force()));
        return new SerialCount(victims, forces.size(), victims >= settings.threshold(), settings);
    }

    /** Groups the counted sightings transitively (union-find over their positions in {@code counted}). */
    private static int distinctVictims(List<Integer> counted, SameVictim sameVictim) {
        int[] parent = new int[counted.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        int groups = parent.length;
        for (int a = 0; a < parent.length; a++) {
            for (int b = a + 1; b < parent.length; b++) {
                int rootA = root(parent, a);
                int rootB = root(parent, b);
                if (rootA != rootB && sameVictim.same(counted.get(a), counted.get(b))) {
                    parent[rootB] = rootA;
                    groups--;
                }
            }
        }
        return groups;
    }

    private static int root(int[] parent, int node) {
        int root = node;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[node] != root) {
            int next = parent[node];
            parent[node] = root;
            node = next;
        }
        return root;
    }

    /**
     * The flag for coordinators, e.g. "serial: 3 victims across 2 forces within 3 years"; empty when not serial.
     * Counts only: it never names a victim or a force.
     */
    public Optional<String> line() {
        return serial ? Optional.of(line(victims, forces, settings.window())) : Optional.empty();
    }

    /** The line of a count already made, as an alert keeps it: victims and forces within the window. */
    public static String line(int victims, int forces, Period window) {
        return "serial: " + counted(victims, "victim") + " across " + counted(forces, "force") + " within "
                + describe(window);
    }

    /** A window in words: whole years as years, otherwise months, with any days after them. */
    static String describe(Period window) {
        long months = window.toTotalMonths();
        List<String> parts = new ArrayList<>();
        if (months > 0 && months % 12 == 0) {
            parts.add(counted(months / 12, "year"));
        } else if (months > 0) {
            parts.add(counted(months, "month"));
        }
        if (window.getDays() > 0) {
            parts.add(counted(window.getDays(), "day"));
        }
        return String.join(" and ", parts);
    }

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
