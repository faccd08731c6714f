package org.crossflag.adapter.maraccsv;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file from the inbox only if it is what it looks like: a regular file of its own, under the size cap.
 * A symbolic link is never followed (anyone who can write to the share could otherwise make the node read any file
 * it can, such as the federation matching secret), nor is a file with several names (a hard link), a pipe or a
 * device. The file is opened without following links, so swapping it for a link after the check does not help, and
 * at most the cap plus one byte is ever read (see InboxFile).
 */
final class InboxFileReader {

    private final long maxBytes;

    InboxFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param path the file's path as the inbox lists it
     * @return the file, open for reading; the caller closes it
     * @throws FileRefusedException with the reason it is not read
     * @throws IOException          if it cannot be opened at all
     */
    InboxFile open(String path) throws IOException {
        Path file = Path.of(path);
        BasicFileAttributes attributes =
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            throw new FileRefusedException(Reason.SYMBOLIC_LINK);
        }
        if (!attributes.isRegularFile()) {
            throw new FileRefusedException(Reason.NOT_A_REGULAR_FILE);
        }
        if (linkCount(file) > 1) {
            throw new FileRefusedException(Reason.HARD_LINK);
        }
        if (attributes.size() > maxBytes) {
            throw new FileRefusedException(Reason.FILE_TOO_LARGE);
        }
        try {
            return new InboxFile(
                    Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS), maxBytes);
        } catch (FileSystemException e) {
            // Replaced by a link between the check and the opening: opening without following links refuses it.
            if (Files.isSymbolicLink(file)) {
                throw new FileRefusedException(Reason.SYMBOLIC_LINK);
            }
            throw e;
        }
    }

    /** How many names the file has; 1 where the file system cannot say. */
    private static int linkCount(Path file) throws IOException {
        try {
            Object count = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return count instanceof Integer links ? links : 1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
