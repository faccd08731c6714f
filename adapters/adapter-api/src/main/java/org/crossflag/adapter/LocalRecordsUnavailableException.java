package org.crossflag.adapter;

/**
 * A force's records system could not say what it holds: its reason code says why (e.g.
 * {@code RECORDS_SYSTEM_UNREACHABLE}, {@code RECORDS_SYSTEM_REFUSED}). An answer without the system's records would
 * read as "holds nothing", so the caller must not carry on as if it had one. The message names no person.
 */
public class LocalRecordsUnavailableException extends RuntimeException {

    private final String reasonCode;

    public LocalRecordsUnavailableException(String reasonCode, String message, Throwable cause) {
        super(message, cause);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
