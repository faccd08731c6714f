package org.crossflag.adapter.maraccsv;

/**
 * The node failed to take a row for a reason other than refusing the record (its storage is down, say). The
 * file stays in the inbox and is read again on a later poll: rows already stored come back as duplicates. The
 * message names the file by its reference (FileReference), the row and the failure's type, never the failure's
 * message, which could hold a value.
 */
final class NodeUnavailableException extends RuntimeException {

    NodeUnavailableException(String fileName, int row, Class<?> failure) {
        super(
                "the node did not take row " + row + " of " + FileReference.of(fileName) + " (" + failure.getName()
                        + ")",
                null,
                false,
                false);
    }
}
