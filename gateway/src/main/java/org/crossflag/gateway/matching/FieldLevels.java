package org.crossflag.gateway.matching;

import java.util.Arrays;

/**
 * Fellegi-Sunter comparison levels of one field, as in Splink: Dice thresholds from the strictest down, each level
 * with its m probability (of this level among true matches) and u probability (among non-matches). A comparison
 * falls into the first level whose threshold it reaches, or into the last ("disagree") level. Its evidence is the
 * level's weight log2(m/u).
 */
public final class FieldLevels {

    private final double[] thresholds;
    private final double[] m;
    private final double[] u;
    private final double[] weights;

    /**
     * {@code m} and {@code u} have one more entry than {@code thresholds}: the last is "disagree". Thresholds fall
     * strictly from the first, and every probability is in (0, 1].
     */
    FieldLevels(double[] thresholds, double[] m, double[] u) {
        if (thresholds.length == 0 || m.length != thresholds.length + 1 || u.length != m.length) {
            throw new IllegalArgumentException(
                    "levels need one m and one u per threshold, plus the disagreement level");
        }
        for (int i = 0; i < thresholds.length; i++) {
            if (!(thresholds[i] > 0 && thresholds[i] <= 1) || (i > 0 && thresholds[i] >= thresholds[i - 1])) {
                throw new IllegalArgumentException("thresholds must fall strictly, each in (0, 1]");
            }
        }
        for (int i = 0; i < m.length; i++) {
            if (!(m[i] > 0 && m[i] <= 1 && u[i] > 0 && u[i] <= 1)) {
                throw new IllegalArgumentException(
                        "m and u must be in (0, 1], were m=" + m[i] + ", u=" + u[i] + " at level " + i);
            }
        }
        this.thresholds = thresholds.clone();
        this.m = m.clone();
        this.u = u.clone();
        this.weights = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            weights[i] = MatchParameters.log2(m[i] / u[i]);
        }
    }

    int level(double similarity) {
        for (int i = 0; i < thresholds.length; i++) {
            if (similarity >= thresholds[i]) {
                return i;
            }
        }
        return thresholds.length;
    }

    int levels() {
        return m.length;
    }

    double weight(double similarity) {
        return weights[level(similarity)];
    }

    double weightOfLevel(int level) {
        return weights[level];
    }

    /**
     * The weight of the first (exact) level with the u probability replaced by the frequency of the agreeing value,
     * Splink's term-frequency adjustment: agreeing on a rare name says more than agreeing on a common one.
     */
    double exactWeight(double valueShare) {
        return MatchParameters.log2(m[0] / valueShare);
    }

    double[] thresholds() {
        return thresholds.clone();
    }

    double[] m() {
        return m.clone();
    }

    double[] u() {
        return u.clone();
    }

    /** The same thresholds with other probabilities, as an estimate gives them. */
    FieldLevels with(double[] newM, double[] newU) {
        return new FieldLevels(thresholds, newM, newU);
    }

    @Override
    public String toString() {
        return "levels" + Arrays.toString(thresholds) + " m" + Arrays.toString(m) + " u" + Arrays.toString(u);
    }
}
