package org.crossflag.adapter.maraccsv;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Picks up CSV exports from the inbox once they have stopped changing, and reads each row by row into the importer
 * (MaracCsvFileImport). A link, a file that is not a regular file of its own, or one over the size cap is refused unread (see
 * InboxFileReader). The importer decides where each file goes: {@code .done/} once its rows were read, {@code .failed/}
 * when the file as a whole was refused. A file the node failed to take stays in the inbox and is read again on
 * the next poll.
 */
final class MaracCsvRoute extends RouteBuilder {

    static final String ROUTE_ID = "marac-csv-inbox";
    /** Where the file is moved once the exchange completes: {@code .done} or {@code .failed}. */
    static final String ARCHIVE_FOLDER = "CrossflagMaracCsvArchiveFolder";

    private static final String FILE_NAME = "${header." + Exchange.FILE_NAME_ONLY + "}";

    private final Path inbox;
    private final Duration pollInterval;
    private final MaracCsvImporter importer;
    private final MaracCsvFileImport fileImport;

    MaracCsvRoute(Path inbox, Duration pollInterval, MaracCsvImporter importer) {
        this(inbox, pollInterval, importer, new InboxFileReader(MaracCsvProperties.DEFAULT_MAX_FILE_SIZE.toBytes()));
    }

    MaracCsvRoute(Path inbox, Duration pollInterval, MaracCsvImporter importer, InboxFileReader reader) {
        this.inbox = inbox;
        this.pollInterval = pollInterval;
        this.importer = importer;
        this.fileImport = new MaracCsvFileImport(reader, importer);
    }

    @Override
    public void configure() {
        // The node failed (not refused a record): no move, so the file stays in the inbox for the next poll.
        // The importer has logged it; Camel need not log it again with the exchange.
        onException(NodeUnavailableException.class).handled(false).logExhausted(false);

        // A link, a file that is not a regular file of its own, or one over the size cap: refused unread.
        onException(FileRefusedException.class)
                .handled(true)
                .bean(importer, "refuseFile(" + FILE_NAME + ", ${exception})")
                .setHeader(ARCHIVE_FOLDER)
                .body(FileOutcome.class, FileOutcome::archiveFolder);

        // Anything else that stops a file being read (MaracCsvFileImport refuses malformed CSV itself): refused.
        onException(Exception.class)
                .handled(true)
                .bean(importer, "refuseUnreadable(" + FILE_NAME + ", ${exception})")
                .setHeader(ARCHIVE_FOLDER)
                .body(FileOutcome.class, FileOutcome::archiveFolder);

        from(inboxUri())
                .routeId(ROUTE_ID)
                .setHeader(ARCHIVE_FOLDER, constant(FileOutcome.FAILED))
                // The bytes come from InboxFileReader, never from Camel following the name, and are parsed as
                // they are read: the file is never held in memory whole.
                .bean(fileImport, "importFile(" + FILE_NAME + ", ${header." + Exchange.FILE_PATH + "})")
                .setHeader(ARCHIVE_FOLDER)
                .body(FileOutcome.class, FileOutcome::archiveFolder);
    }

    /**
     * {@code readLock=changed}: a file is read only once its size and modification time have stayed the same for
     * a second, so a spreadsheet still being saved is left alone. Dot files (e.g. a copy in progress under a
     * temporary name) and files not ending in {@code .csv} are never read.
     */
    String inboxUri() {
        return "file:" + inbox
                + "?charset=UTF-8"
                + "&include=RAW(.*\\.csv)"
                + "&readLock=changed&readLockCheckInterval=1000&readLockTimeout=10000"
                + "&sortBy=file:name"
                + "&delay=" + pollInterval.toMillis()
                + "&move=${header." + ARCHIVE_FOLDER + "}/${file:name}";
    }
}
