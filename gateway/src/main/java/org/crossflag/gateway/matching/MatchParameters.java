package org.crossflag.gateway.matching;

import java.util.Arrays;

/**
 * The Fellegi-Sunter parameters the scorer uses: for each comparison, the m probability of each level (among pairs
 * that are the same person) and the u probability (among pairs that are not), plus the prior and the
 * term-frequency settings. They are data, not code: {@link MatchParametersFile} reads them from a versioned file,
 * which {@link WeightEstimation} writes. {@link #defaults()} are the parameters shipped in the jar.
 *
 * @param version         names the estimate, for example {@code 2026-12-07}; it is logged and audited with the
 *                        figures it produced
 * @param given           given-name Dice levels; the first is exact agreement
 * @param nickname        a given name that differs in spelling but shares a nickname-canonical form: m and u
 * @param family          family-name Dice levels
 * @param middle          middle-name Dice levels, when both sides have some
 * @param postcode        postcode Dice levels: full, sector or district, different
 * @param address         first-line-of-address Dice levels
 * @param dateOfBirth     the joint year × day-month levels of {@link DateLevels}
 * @param pncAgree        the same PNC id: m and u
 * @param pncConflict     two different PNC ids: m and u
 * @param contactAgree    a shared phone number or email address: m and u
 * @param swapPenalty     weight added when the names agree only with given and family names read swapped
 * @param queryMatchShare the assumed share of queries about someone the answering force holds
 * @param priorMinPeople  indexes smaller than this are scored as if they held this many people
 * @param tfMinPeople     below this many people held, term frequencies are too noisy and are not used
 * @param tfFloor         a name rarer than this share of the people held counts as this rare
 */
public record MatchParameters(
        String version,
        FieldLevels given,
        Probabilities nickname,
        FieldLevels family,
        FieldLevels middle,
        FieldLevels postcode,
        FieldLevels address,
        DateLevels.Table dateOfBirth,
        Probabilities pncAgree,
        Probabilities pncConflict,
        Probabilities contactAgree,
        double swapPenalty,
        double queryMatchShare,
        int priorMinPeople,
        int tfMinPeople,
        double tfFloor) {

    /** The classpath resource holding the shipped parameters. */
    public static final String DEFAULT_RESOURCE = "/matching/match-parameters.json";

    private static final MatchParameters DEFAULTS = MatchParametersFile.readResource(DEFAULT_RESOURCE);

    /** The parameters shipped with this release (docs/matching.md says how they were estimated). */
    public static MatchParameters defaults() {
        return DEFAULTS;
    }

    /** An m and a u probability; the evidence of the level is {@code log2(m/u)}. */
    public record Probabilities(double m, double u) {

        public Probabilities {
            if (!(m > 0 && m <= 1 && u > 0 && u <= 1)) {
                throw new IllegalArgumentException("m and u must be in (0, 1], were m=" + m + ", u=" + u);
            }
        }

        double weight() {
            return log2(m / u);
        }
    }

    double nicknameWeight() {
        return nickname.weight();
    }

    /** Prior log2-odds that a query and one of {@code indexedPeople} people held are the same person. */
    double prior(int indexedPeople) {
        return log2(queryMatchShare / Math.max(priorMinPeople, indexedPeople));
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    @Override
    public String toString() {
        return "MatchParameters[version=" + version + ", given=" + given + ", family=" + family + ", date="
                + Arrays.deepToString(dateOfBirth.m()) + "]";
    }
}
