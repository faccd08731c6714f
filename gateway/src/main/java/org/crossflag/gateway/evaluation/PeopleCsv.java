package org.crossflag.gateway.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.PostalAddress;
import org.crossflag.gateway.matching.Sex;

/**
 * People in CSV (RFC 4180 quoting, UTF-8, a header line), as match-eval reads them. Columns, by header name, in any
 * order; all but {@code id} may be empty or absent:
 * <pre>
 *   id          the force's own id of the record (required, unique)
 *   given_names forenames, space-separated
 *   family_name surname(s)
 *   aliases     full alternative names separated by ';'
 *   dob         YYYY-MM-DD, YYYY-MM or YYYY ("??" or "00" for an unknown part)
 *   sex         F, M, X or empty
 *   pnc_id      PNC id, e.g. 12/345678A
 *   postcode    UK postcode
 *   address     first line of the address
 *   email       e-mail address (optional, not in {@link #COLUMNS})
 * </pre>
 * Any other column is ignored unless named as the ground-truth column. A file without a usable header line is
 * refused. A row that cannot be used at all is skipped and a row with an unusable date of birth is kept with the date
 * unknown; each is reported as a {@link RowIssue} ({@link RowReason} says which), and reading goes on.
 */
public final class PeopleCsv {

    public static final List<String> COLUMNS =
            List.of("id", "given_names", "family_name", "aliases", "dob", "sex", "pnc_id", "postcode", "address");

    /** Blanks of any kind (no-break spaces, zero-width and control characters) around a field are not part of it. */
    private static final Pattern BLANKS_AROUND =
            Pattern.compile("^[\\s\\p{Z}\\p{Cc}\\p{Cf}]+|[\\s\\p{Z}\\p{Cc}\\p{Cf}]+$");

    /** One record: its id, the person, and the ground truth (null when no truth column was named, "" when blank). */
    public record Row(String id, PersonIdentity person, String truth) {}

    /** What a file gave: the rows kept, and the rows reported, in file order. */
    public record People(List<Row> rows, List<RowIssue> issues) {}

    private PeopleCsv() {}

    /** @throws IllegalArgumentException when the file has no header line, or one without an id or truth column */
    public static People read(Path file, String truthColumn) throws IOException {
        try (CsvLines lines = new CsvLines(file)) {
            CsvLines.Line headerLine = lines.next();
            if (headerLine == null) {
                throw new IllegalArgumentException(file + ": empty file, expected a header line");
            }
            List<String> header = headerLine.text() == null
                    ? null
                    : parse(headerLine.text().replace("\uFEFF", "")).orElse(null);
            if (header == null) {
                throw new IllegalArgumentException(file + ": the header line is not well-formed UTF-8 CSV");
            }
            int id = header.indexOf("id");
            if (id < 0) {
                throw new IllegalArgumentException(file + ": no 'id' column in the header");
            }
            int truth = truthColumn == null ? -1 : header.indexOf(truthColumn);
            if (truthColumn != null && truth < 0) {
                throw new IllegalArgumentException(file + ": no '" + truthColumn + "' column for --truth");
            }
            List<Row> rows = new ArrayList<>();
            List<RowIssue> issues = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CsvLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.text() != null && line.text().isBlank()) {
                    continue;
                }
                Reading reading = row(header, id, truth, line, ids);
                if (reading.issue() != null) {
                    issues.add(new RowIssue(file, line.number(), reading.issue()));
                }
                if (reading.row() != null) {
                    rows.add(reading.row());
                }
            }
            return new People(List.copyOf(rows), List.copyOf(issues));
        }
    }

    /** A row kept (with the issue of one field, or none), or skipped for its issue. */
    private record Reading(Row row, RowReason issue) {}

    private static Reading row(List<String> header, int id, int truth, CsvLines.Line line, Set<String> ids) {
        if (line.text() == null) {
            return new Reading(null, RowReason.ROW_NOT_UTF8);
        }
        Optional<List<String>> parsed = parse(line.text());
        if (parsed.isEmpty() || parsed.get().size() != header.size()) {
            return new Reading(null, RowReason.ROW_MALFORMED);
        }
        List<String> fields = parsed.get();
        String rowId = field(fields, id);
        if (rowId.isEmpty()) {
            return new Reading(null, RowReason.ID_MISSING);
        }
        if (!ids.add(rowId)) {
            return new Reading(null, RowReason.ID_DUPLICATE);
        }
        String dob = column(header, fields, "dob");
        RowReason dateProblem = dateProblem(dob);
        PersonIdentity person =
                person(header, fields, dateProblem == null ? PartialDate.parse(dob) : PartialDate.unknown());
        if (!person.hasUsableField()) {
            return new Reading(null, RowReason.NO_USABLE_FIELD);
        }
        return new Reading(new Row(rowId, person, truth < 0 ? null : field(fields, truth)), dateProblem);
    }

    /** Null when the date of birth can be read (blank is unknown); otherwise whether it is impossible or unreadable. */
    private static RowReason dateProblem(String dob) {
        try {
            PartialDate.parse(dob);
            return null;
        } catch (IllegalArgumentException e) {
            return PartialDate.isWellFormed(dob) ? RowReason.DOB_IMPOSSIBLE : RowReason.DOB_UNREADABLE;
        }
    }

    private static PersonIdentity person(List<String> header, List<String> fields, PartialDate dateOfBirth) {
        String given = column(header, fields, "given_names");
        String family = column(header, fields, "family_name");
        String aliases = column(header, fields, "aliases");
        String postcode = column(header, fields, "postcode");
        String address = column(header, fields, "address");
        List<PostalAddress> addresses = postcode.isEmpty() && address.isEmpty()
                ? List.of()
                : List.of(new PostalAddress(postcode.isEmpty() ? null : postcode, address.isEmpty() ? null : address));
        return new PersonIdentity(
                given.isEmpty() ? List.of() : List.of(given),
                family.isEmpty() ? List.of() : List.of(family),
                aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split(";")),
                dateOfBirth,
                Sex.parse(column(header, fields, "sex")),
                addresses,
                blankToNull(column(header, fields, "pnc_id")),
                null,
                blankToNull(column(header, fields, "email")));
    }

    private static String column(List<String> header, List<String> fields, String name) {
        int index = header.indexOf(name);
        return index < 0 ? "" : field(fields, index);
    }

    private static String field(List<String> fields, int index) {
        return BLANKS_AROUND.matcher(fields.get(index)).replaceAll("");
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /**
     * Splits one CSV line; quoted fields may hold commas and doubled quotes (not line breaks). Empty when a quote is
     * left open.
     */
    static Optional<List<String>> parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }

    /** One CSV line from fields, quoting those that need it. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (i > 0) {
                out.append(',');
            }
            if (value.contains(",") || value.contains("\"")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        return out.toString();
    }
}
