package org.crossflag.gateway.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 *   dob         YYYY-MM-DD, YYYY-MM or YYYY
 *   sex         F, M, X or empty
 *   pnc_id      PNC id, e.g. 12/345678A
 *   postcode    UK postcode
 *   address     first line of the address
 *   email       e-mail address (optional, not in {@link #COLUMNS})
 * </pre>
 * Any other column is ignored unless named as the ground-truth column.
 */
public final class PeopleCsv {

    public static final List<String> COLUMNS =
            List.of("id", "given_names", "family_name", "aliases", "dob", "sex", "pnc_id", "postcode", "address");

    /** One record: its id, the person, and the ground truth (null when no truth column was named, "" when blank). */
    public record Row(String id, PersonIdentity person, String truth) {}

    private PeopleCsv() {}

    public static List<Row> read(Path file, String truthColumn) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new IllegalArgumentException(file + ": empty file, expected a header line");
            }
            List<String> header = parse(headerLine.replace("\uFEFF", ""));
            int id = header.indexOf("id");
            if (id < 0) {
                throw new IllegalArgumentException(file + ": no 'id' column in the header");
            }
            int truth = truthColumn == null ? -1 : header.indexOf(truthColumn);
            if (truthColumn != null && truth < 0) {
                throw new IllegalArgumentException(file + ": no '" + truthColumn + "' column for --truth");
            }
            List<Row> rows = new ArrayList<>();
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = parse(line);
                try {
                    rows.add(new Row(
                            required(fields, id), person(header, fields), truth < 0 ? null : field(fields, truth)));
                } catch (IllegalArgumentException e) {
                    // The message names the line and the problem, never the field's content.
                    throw new IllegalArgumentException(file + ": line " + lineNumber + ": " + e.getMessage());
                }
            }
            return rows;
        }
    }

    private static PersonIdentity person(List<String> header, List<String> fields) {
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
                PartialDate.parse(column(header, fields, "dob")),
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
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    private static String required(List<String> fields, int index) {
        String value = field(fields, index);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty id");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Splits one CSV line; quoted fields may hold commas and doubled quotes (not line breaks). */
    static List<String> parse(String line) {
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
        fields.add(field.toString());
        return fields;
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
