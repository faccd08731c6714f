package org.crossflag.adapter.rmssoap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The largest request body the endpoint reads. A body that declares a larger length is refused unread; one without
 * a length (chunked) is read up to one byte past the limit and refused if it goes on.
 */
final class BodyLimit {

    static final String BODY_TOO_LARGE = "BODY_TOO_LARGE";

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the body limit must be between 1 byte and 2 GB");
        }
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** @param declaredLength the Content-Length, or -1 when none was sent */
    void checkDeclared(long declaredLength) {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
    }

    /** Reads the whole body, refusing it as soon as it passes the limit. */
    byte[] read(InputStream body) {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
                if (read.size() + (long) n > maxBytes) {
                    throw tooLarge();
                }
                read.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
        return read.toByteArray();
    }

    private EventRefusedException tooLarge() {
        return new EventRefusedException(
                BODY_TOO_LARGE, null, "the request body is larger than the " + maxBytes + " bytes this node reads");
    }
}
