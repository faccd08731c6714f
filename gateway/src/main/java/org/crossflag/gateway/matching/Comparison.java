package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Fellegi-Sunter comparisons as {@link WeightEstimation} models them: each is one categorical outcome among the
 * pairs where both sides hold the field, with m and u probabilities that sum to one over its outcomes. This class
 * maps them to and from {@link MatchParameters}, whose file keeps some of them apart:
 * <ul>
 * <li>the given name's outcomes are its Dice levels plus "nickname" (the file's {@code nickname});</li>
 * <li>the date of birth is two comparisons, because the file's table has two distributions: the twelve cells where
 * both sides know the day and month, and the three year levels where one side knows only the year;</li>
 * <li>the PNC is agree or conflict (the file's {@code pncAgree} and {@code pncConflict});</li>
 * <li>contact is a shared phone or email, or none shared among those both hold; the scorer counts only
 * agreement.</li>
 * </ul>
 */
enum Comparison {
    GIVEN_NAME("given name"),
    FAMILY_NAME("family name"),
    MIDDLE_NAMES("middle names"),
    DATE_OF_BIRTH("date of birth"),
    YEAR_OF_BIRTH_ONLY("year of birth only"),
    POSTCODE("postcode"),
    ADDRESS("first line of the address"),
    PNC("PNC id"),
    CONTACT("phone or email");

    static final int COUNT = values().length;

    /** Columns of the date table where both sides know the day and month. */
    static final int DAY_MONTH_COLUMNS = DateLevels.COLUMNS - 1;

    /** No probability is estimated as 0 or 1: a level never seen is rare, not impossible. */
    static final double FLOOR = 1e-6;

    private static final String[] YEARS = {"year exact", "year one digit off", "year different"};
    private static final String[] DAY_MONTHS = {"day-month exact", "swapped", "one edit", "different"};

    private final String label;

    Comparison(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The outcome names of this comparison under the levels of {@code p}, in outcome order. */
    List<String> outcomeNames(MatchParameters p) {
        List<String> names = new ArrayList<>();
        switch (this) {
            case GIVEN_NAME -> {
                names.addAll(diceLevels(p.given()));
                names.add("nickname");
            }
            case FAMILY_NAME -> names.addAll(diceLevels(p.family()));
            case MIDDLE_NAMES -> names.addAll(diceLevels(p.middle()));
            case POSTCODE -> names.addAll(diceLevels(p.postcode()));
            case ADDRESS -> names.addAll(diceLevels(p.address()));
            case DATE_OF_BIRTH -> {
                for (String year : YEARS) {
                    for (String dayMonth : DAY_MONTHS) {
                        names.add(year + ", " + dayMonth);
                    }
                }
            }
            case YEAR_OF_BIRTH_ONLY -> names.addAll(List.of(YEARS));
            case PNC -> names.addAll(List.of("agree", "conflict"));
            case CONTACT -> names.addAll(List.of("agree", "none agrees"));
        }
        return names;
    }

    int outcomes(MatchParameters p) {
        return outcomeNames(p).size();
    }

    /** The m probabilities of {@code p} for this comparison's outcomes, scaled to sum to one. */
    double[] m(MatchParameters p) {
        return normalised(inputM(p));
    }

    /** The u probabilities of {@code p} for this comparison's outcomes, scaled to sum to one. */
    double[] u(MatchParameters p) {
        return normalised(inputU(p));
    }

    /** The m probabilities of {@code p} for this comparison's outcomes, as the file holds them. */
    double[] inputM(MatchParameters p) {
        return probabilities(p, true);
    }

    double[] inputU(MatchParameters p) {
        return probabilities(p, false);
    }

    private double[] probabilities(MatchParameters p, boolean m) {
        return switch (this) {
            case GIVEN_NAME -> {
                double[] levels = m ? p.given().m() : p.given().u();
                double[] all = Arrays.copyOf(levels, levels.length + 1);
                all[levels.length] = m ? p.nickname().m() : p.nickname().u();
                yield all;
            }
            case FAMILY_NAME -> m ? p.family().m() : p.family().u();
            case MIDDLE_NAMES -> m ? p.middle().m() : p.middle().u();
            case POSTCODE -> m ? p.postcode().m() : p.postcode().u();
            case ADDRESS -> m ? p.address().m() : p.address().u();
            case DATE_OF_BIRTH -> {
                double[][] table = m ? p.dateOfBirth().m() : p.dateOfBirth().u();
                double[] cells = new double[DateLevels.ROWS * DAY_MONTH_COLUMNS];
                for (int row = 0; row < DateLevels.ROWS; row++) {
                    System.arraycopy(table[row], 0, cells, row * DAY_MONTH_COLUMNS, DAY_MONTH_COLUMNS);
                }
                yield cells;
            }
            case YEAR_OF_BIRTH_ONLY -> {
                double[][] table = m ? p.dateOfBirth().m() : p.dateOfBirth().u();
                double[] rows = new double[DateLevels.ROWS];
                for (int row = 0; row < DateLevels.ROWS; row++) {
                    rows[row] = table[row][DateLevels.COLUMNS - 1];
                }
                yield rows;
            }
            case PNC ->
                m
                        ? new double[] {p.pncAgree().m(), p.pncConflict().m()}
                        : new double[] {p.pncAgree().u(), p.pncConflict().u()};
            case CONTACT -> {
                double agree = m ? p.contactAgree().m() : p.contactAgree().u();
                yield new double[] {agree, Math.max(FLOOR, 1 - agree)};
            }
        };
    }

    /**
     * {@code start} with every comparison's m and u replaced by {@code m[c]} and {@code u[c]} (indexed by ordinal,
     * each clamped to [{@link #FLOOR}, 1 - {@link #FLOOR}]) and the version replaced; the prior, term-frequency
     * settings, swap penalty and level thresholds are kept.
     */
    static MatchParameters apply(MatchParameters start, String version, double[][] m, double[][] u) {
        double[][] cm = clamped(m);
        double[][] cu = clamped(u);
        int given = GIVEN_NAME.ordinal();
        int nickname = cm[given].length - 1;
        double[][] dateM = start.dateOfBirth().m();
        double[][] dateU = start.dateOfBirth().u();
        for (int row = 0; row < DateLevels.ROWS; row++) {
            for (int column = 0; column < DAY_MONTH_COLUMNS; column++) {
                dateM[row][column] = cm[DATE_OF_BIRTH.ordinal()][row * DAY_MONTH_COLUMNS + column];
                dateU[row][column] = cu[DATE_OF_BIRTH.ordinal()][row * DAY_MONTH_COLUMNS + column];
            }
            dateM[row][DateLevels.COLUMNS - 1] = cm[YEAR_OF_BIRTH_ONLY.ordinal()][row];
            dateU[row][DateLevels.COLUMNS - 1] = cu[YEAR_OF_BIRTH_ONLY.ordinal()][row];
        }
        int pnc = PNC.ordinal();
        int contact = CONTACT.ordinal();
        return new MatchParameters(
                version,
                start.given().with(Arrays.copyOf(cm[given], nickname), Arrays.copyOf(cu[given], nickname)),
                new MatchParameters.Probabilities(cm[given][nickname], cu[given][nickname]),
                start.family().with(cm[FAMILY_NAME.ordinal()], cu[FAMILY_NAME.ordinal()]),
                start.middle().with(cm[MIDDLE_NAMES.ordinal()], cu[MIDDLE_NAMES.ordinal()]),
                start.postcode().with(cm[POSTCODE.ordinal()], cu[POSTCODE.ordinal()]),
                start.address().with(cm[ADDRESS.ordinal()], cu[ADDRESS.ordinal()]),
                new DateLevels.Table(dateM, dateU),
                new MatchParameters.Probabilities(
                        cm[pnc][ComparisonVector.PNC_AGREE], cu[pnc][ComparisonVector.PNC_AGREE]),
                new MatchParameters.Probabilities(
                        cm[pnc][ComparisonVector.PNC_CONFLICT], cu[pnc][ComparisonVector.PNC_CONFLICT]),
                new MatchParameters.Probabilities(
                        cm[contact][ComparisonVector.CONTACT_AGREE], cu[contact][ComparisonVector.CONTACT_AGREE]),
                start.swapPenalty(),
                start.queryMatchShare(),
                start.priorMinPeople(),
                start.tfMinPeople(),
                start.tfFloor());
    }

    private static List<String> diceLevels(FieldLevels levels) {
        List<String> names = new ArrayList<>();
        double[] thresholds = levels.thresholds();
        for (int i = 0; i < thresholds.length; i++) {
            names.add(i == 0 ? "exact" : String.format(Locale.ROOT, "dice >= %.2f", thresholds[i]));
        }
        names.add("different");
        return names;
    }

    private static double[] normalised(double[] values) {
        double sum = Arrays.stream(values).sum();
        return Arrays.stream(values).map(v -> v / sum).toArray();
    }

    static double[][] clamped(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            copy[c] = Arrays.stream(values[c])
                    .map(v -> Math.min(1 - FLOOR, Math.max(FLOOR, v)))
                    .toArray();
        }
        return copy;
    }
}
