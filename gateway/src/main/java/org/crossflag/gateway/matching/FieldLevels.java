package org.crossflag.gateway.matching;

/**
 * Fellegi-Sunter comparison levels of one field, as in Splink: Dice thresholds from the strictest down, each level
 * with its m probability (of this level among true matches) and u probability (among non-matches). A comparison
 * falls into the first level whose threshold it reaches, or into the last ("disagree") level. Its evidence is the
 * level's weight log2(m/u).
 */
final class FieldLevels {

    private final double[] thresholds;
    private final double[] weights;
    private final double exactM;

    /** {@code m} and {@code u} have one more entry than {@code thresholds}: the last is "disagree". */
    FieldLevels(double[] thresholds, double[] m, double[] u) {
        if (m.length != thresholds.length + 1 || u.length != m.length) {
            throw new IllegalArgumentException(
                    "levels need one m and one u per threshold, plus the disagreement level");
        }
        this.thresholds = thresholds.clone();
        this.exactM = m[0];
        this.weights = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            weights[i] = Math.log(m[i] / u[i]) / Math.log(2);
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
        return Math.log(exactM / valueShare) / Math.log(2);
    }
}
