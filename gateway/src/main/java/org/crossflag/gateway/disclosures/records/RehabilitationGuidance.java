package org.crossflag.gateway.disclosures.records;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the Rehabilitation of Offenders Act 1974 says of each kind of held record, as guidance for the holding force's
 * DVDS officer, who decides whether a conviction or caution is spent and flags it so. The periods are those of
 * section 5 of the Act as substituted by section 139 of the Legal Aid, Sentencing and Punishment of Offenders Act 2012
 * and amended by section 193 of the Police, Crime, Sentencing and Courts Act 2022, and, for cautions, Schedule 2 to
 * the 1974 Act. A summary rarely says enough (the sentence's end, the person's age at conviction) to work a period
 * out, so a conviction's guidance is the table itself, for people aged 18 or over when convicted.
 */
public final class RehabilitationGuidance {

    /**
     * One row of the table of rehabilitation periods for convictions.
     *
     * @param disposal what the court imposed
     * @param period   when the conviction becomes spent
     */
    public record ConvictionPeriod(String disposal, String period) {}

    /** Periods for people aged 18 or over at conviction. */
    public static final List<ConvictionPeriod> ADULT_CONVICTION_PERIODS = List.of(
            new ConvictionPeriod("Custodial sentence of up to 1 year", "1 year from the end of the sentence"),
            new ConvictionPeriod(
                    "Custodial sentence of over 1 year and up to 4 years", "4 years from the end of the sentence"),
            new ConvictionPeriod(
                    "Custodial sentence of over 4 years, not for a serious violent, sexual or terrorism offence",
                    "7 years from the end of the sentence"),
            new ConvictionPeriod(
                    "Custodial sentence of over 4 years for a serious violent, sexual or terrorism offence;"
                            + " a life sentence or imprisonment for public protection",
                    "never spent"),
            new ConvictionPeriod("Community order", "1 year from the day the order ends"),
            new ConvictionPeriod("Fine", "1 year from the date of conviction"),
            new ConvictionPeriod("Conditional discharge", "when the discharge period ends"),
            new ConvictionPeriod("Absolute discharge", "spent at once"));

    static final String CONVICTION_NOTE = "Rehabilitation of Offenders Act 1974, s.5 (as amended by LASPO 2012 s.139"
            + " and PCSC Act 2022 s.193), adults: ";

    static final String UNDER_18_NOTE = " Periods are shorter for a person under 18 when convicted."
            + " The sentence's end includes any licence period.";

    static final String CAUTION = "Rehabilitation of Offenders Act 1974, Sch. 2: a simple or youth caution is spent"
            + " at once; a conditional caution is spent 3 months after it was given, or when its conditions end.";

    static final String OUT_OF_COURT_DISPOSAL = "Rehabilitation of Offenders Act 1974, Sch. 2: a conditional caution"
            + " is spent 3 months after it was given, or when its conditions end. A community resolution or a"
            + " penalty notice is neither a caution nor a conviction: no rehabilitation period applies.";

    static final String ORDER =
            "An order, not a conviction: the Rehabilitation of Offenders Act 1974 sets no rehabilitation"
                    + " period. Consider whether the order is still in force.";

    static final String MARKER = "Intelligence, not a conviction: the Rehabilitation of Offenders Act 1974 sets no"
            + " rehabilitation period.";

    static final String HEARING = "A panel hearing, not a conviction: the Rehabilitation of Offenders Act 1974 sets"
            + " no rehabilitation period.";

    private RehabilitationGuidance() {}

    /** The guidance text for a kind of held record. */
    public static String forKind(HeldRecordKind kind) {
        return switch (kind) {
            case CONVICTION -> convictionTable();
            case CAUTION -> CAUTION;
            case OUT_OF_COURT_DISPOSAL -> OUT_OF_COURT_DISPOSAL;
            case ORDER -> ORDER;
            case MARKER -> MARKER;
            case MARAC_HEARING, PANEL_HEARING -> HEARING;
        };
    }

    private static String convictionTable() {
        return ADULT_CONVICTION_PERIODS.stream()
                        .map(row -> row.disposal() + ": " + row.period())
                        .collect(Collectors.joining("; ", CONVICTION_NOTE, "."))
                + UNDER_18_NOTE;
    }
}
