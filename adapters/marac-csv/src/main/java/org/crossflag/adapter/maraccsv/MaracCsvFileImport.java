package org.crossflag.adapter.maraccsv;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One export from the inbox, read row by row, so that the memory a file takes does not grow with its length
 * (apart from SeenReferences). The file is read twice through the one channel it was opened with: first to check
 * that it is well-formed CSV to its end, so that a file broken half-way (an unclosed quote) sends nothing to the
 * node, then to hand its rows to the importer as they are parsed. Parsing is cheap next to what the node does with
 * a row, so the second reading costs little.
 */
final class MaracCsvFileImport {

    private final InboxFileReader reader;
    private final MaracCsvImporter importer;

    MaracCsvFileImport(InboxFileReader reader, MaracCsvImporter importer) {
        this.reader = reader;
        this.importer = importer;
    }

    /**
     * @param fileName the file's name (no folder)
     * @param path     the file's path as the inbox lists it
     * @throws NodeUnavailableException if the node failed to take a row other than by refusing it
     */
    FileOutcome importFile(String fileName, String path) {
        try (InboxFile file = reader.open(path)) {
            try (CsvRecords records = file.records()) {
                records.skipAll();
            }
            try (CsvRecords records = file.records()) {
                return importer.importFile(fileName, records);
            }
        } catch (FileRefusedException refusal) {
            return importer.refuseFile(fileName, refusal);
        } catch (IOException | UncheckedIOException e) {
            // Not well-formed CSV, or not readable at all.
            return importer.refuseUnreadable(fileName, e);
        }
    }
}
