package org.crossflag.adapter.maraccsv;

/** A file in the inbox that is refused before a byte of it is read: a link, not a regular file, or too large. */
final class FileRefusedException extends RuntimeException {

    private final Reason reason;

    FileRefusedException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
