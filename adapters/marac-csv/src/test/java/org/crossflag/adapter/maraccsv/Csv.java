package org.crossflag.adapter.maraccsv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Parses CSV text into records the way the route's unmarshal step does, for tests without a Camel context. */
final class Csv {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private Csv() {}

    static List<List<String>> parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return StreamSupport.stream(parser.spliterator(), false)
                    .map(CSVRecord::toList)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
