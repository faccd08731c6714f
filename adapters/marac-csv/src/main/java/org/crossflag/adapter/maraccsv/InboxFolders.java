package org.crossflag.adapter.maraccsv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the inbox and its {@code .done} and {@code .failed} folders at start-up, or says why it cannot. */
final class InboxFolders {

    static final String KEY = MaracCsvProperties.PREFIX + ".inbox";

    private InboxFolders() {}

    /** @return the inbox as an absolute path @throws MaracCsvConfigurationException naming the key */
    static Path prepare(Path configured) {
        Path inbox = configured.toAbsolutePath().normalize();
        String text = inbox.toString();
        if (text.contains("?") || text.contains("#") || text.contains("%")) {
            throw new MaracCsvConfigurationException(
                    KEY,
                    inbox + " contains ?, # or %, which a file endpoint cannot " + "take; choose another folder",
                    null);
        }
        for (Path folder : new Path[] {inbox, inbox.resolve(FileOutcome.DONE), inbox.resolve(FileOutcome.FAILED)}) {
            try {
                Files.createDirectories(folder);
            } catch (IOException | SecurityException e) {
                throw new MaracCsvConfigurationException(
                        KEY,
                        folder + " is not a directory and cannot be created ("
                                + e.getClass().getSimpleName() + ")",
                        e);
            }
            if (!Files.isWritable(folder)) {
                throw new MaracCsvConfigurationException(
                        KEY, folder + " is not writable: processed files are moved " + "out of the inbox", null);
            }
        }
        return inbox;
    }
}
