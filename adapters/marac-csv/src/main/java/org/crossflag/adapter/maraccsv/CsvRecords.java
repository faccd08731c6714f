package org.crossflag.adapter.maraccsv;

import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A file's CSV records, one list of cells each, parsed one at a time as they are asked for. Empty lines are kept
 * as records, so row numbers stay those a spreadsheet shows. A file that is not well-formed CSV fails with an
 * {@link java.io.UncheckedIOException} when the parser reaches the fault.
 *
 * <p>No record may be longer than {@link #MAX_RECORD_CHARS}: an unclosed quote would otherwise make the rest of the
 * file one cell, held in memory whole.
 */
final class CsvRecords implements Iterator<List<String>>, Closeable {

    /** Far longer than any row a spreadsheet writes (a row of values is at most about 11,000 characters). */
    static final int MAX_RECORD_CHARS = 1024 * 1024;

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final RecordLengthGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRecords(Reader text) throws IOException {
        this.guard = new RecordLengthGuard(text);
        this.parser = CSVParser.builder().setReader(guard).setFormat(FORMAT).get();
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> cells = records.next().toList();
        guard.recordEnded();
        return cells;
    }

    /** Reads to the end, keeping nothing. @throws java.io.UncheckedIOException if the file is not well-formed */
    void skipAll() {
        while (hasNext()) {
            records.next();
            guard.recordEnded();
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts the characters read since the last whole record; the parser reads ahead by one buffer at most. */
    private static final class RecordLengthGuard extends FilterReader {

        private long sinceLastRecord;

        RecordLengthGuard(Reader in) {
            super(in);
        }

        void recordEnded() {
            sinceLastRecord = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            sinceLastRecord += n;
            if (sinceLastRecord > MAX_RECORD_CHARS + 2L * 8192) {
                throw new RecordTooLongException();
            }
        }
    }

    /** A record longer than any a spreadsheet writes: most likely an unclosed quote. */
    static final class RecordTooLongException extends IOException {

        RecordTooLongException() {
            super("a record is longer than " + MAX_RECORD_CHARS + " characters", null);
        }
    }
}
