package org.crossflag.gateway.circumstances;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.StringTokenizer;

/**
 * Which police force areas cover a postcode district, from the ONS-derived table in the schemas
 * ({@value #RESOURCE}; sources and licence beside it). A district belongs to the force holding most of its
 * postcodes; the runner-up covers it too when it holds more than a quarter of them, so a move there tells both.
 */
public final class ForceAreas {

    public static final String RESOURCE =
            "/org/crossflag/schemas/postcode-districts/postcode-district-to-police-force-detail.csv";
    /** Above this share of a district's postcodes, the runner-up force covers the district too. */
    static final double RUNNER_UP_SHARE = 0.25;

    private final Map<String, Area> byDistrict;
    private final Map<String, String> forceNames;

    private ForceAreas(Map<String, Area> byDistrict, Map<String, String> forceNames) {
        this.byDistrict = Map.copyOf(byDistrict);
        this.forceNames = Map.copyOf(forceNames);
    }

    /**
     * The forces covering one district.
     *
     * @param forceCode   the ONS code of the force holding most of its postcodes
     * @param runnerUpCode the ONS code of the force holding more than a quarter of the rest, or null
     */
    public record Area(String district, String forceCode, String runnerUpCode) {

        /** The primary force first. */
        public List<String> forceCodes() {
            return runnerUpCode == null ? List.of(forceCode) : List.of(forceCode, runnerUpCode);
        }
    }

    /** The table shipped in the schemas jar. */
    public static ForceAreas fromClasspath() {
        try (InputStream in = ForceAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the postcode district table " + RESOURCE + " is not on the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the postcode district table cannot be read", e);
        }
    }

    /** Reads the detail CSV: its header names the columns. */
    static ForceAreas read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IllegalStateException("the postcode district table is empty");
        }
        List<String> header = fields(headerLine);
        int district = column(header, "postcode_district");
        int force = column(header, "force_code");
        int forceName = column(header, "force_name");
        int total = column(header, "postcodes_total");
        int runnerUp = column(header, "runner_up_code");
        int runnerUpName = column(header, "runner_up_name");
        int runnerUpPostcodes = column(header, "runner_up_postcodes");
        Map<String, Area> areas = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = fields(line);
            long postcodes = Long.parseLong(row.get(total));
            long runnerUpCount = Long.parseLong(row.get(runnerUpPostcodes));
            String runnerUpCode = row.get(runnerUp).isBlank() ? null : row.get(runnerUp);
            boolean sharesDistrict =
                    runnerUpCode != null && postcodes > 0 && (double) runnerUpCount / postcodes > RUNNER_UP_SHARE;
            areas.put(
                    row.get(district),
                    new Area(row.get(district), row.get(force), sharesDistrict ? runnerUpCode : null));
            names.put(row.get(force), row.get(forceName));
            if (runnerUpCode != null) {
                names.put(runnerUpCode, row.get(runnerUpName));
            }
        }
        return new ForceAreas(areas, names);
    }

    /** The forces covering a district (as {@link PostcodeDistricts#districtOf} gives it); empty when it is unknown. */
    public Optional<Area> of(String district) {
        return Optional.ofNullable(byDistrict.get(district));
    }

    /** The ONS name of a force's area, e.g. "Essex"; empty for a code the table does not name. */
    public Optional<String> forceName(String onsForceCode) {
        return Optional.ofNullable(forceNames.get(onsForceCode));
    }

    public int districts() {
        return byDistrict.size();
    }

    private static List<String> fields(String line) {
        return StringTokenizer.getCSVInstance(line)
                .setIgnoreEmptyTokens(false)
                .setEmptyTokenAsNull(false)
                .getTokenList();
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("the postcode district table has no column " + name);
        }
        return index;
    }
}
