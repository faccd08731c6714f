package org.crossflag.adapter.maraccsv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * An export opened by InboxFileReader, read as UTF-8 text from its start as often as needed, through the one
 * channel opened without following links. Bytes that are not UTF-8 become U+FFFD, which the row mapper refuses
 * as {@code INVALID_CHARACTERS}. Reading more than the size cap (the file grew after it was checked) refuses it
 * with {@code FILE_TOO_LARGE}.
 */
final class InboxFile implements Closeable {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final SeekableByteChannel channel;
    private final long maxBytes;

    InboxFile(SeekableByteChannel channel, long maxBytes) {
        this.channel = channel;
        this.maxBytes = maxBytes;
    }

    /** The file's records from its first line, parsed as they are read. */
    CsvRecords records() throws IOException {
        return new CsvRecords(text());
    }

    /** The file's text from its start. */
    Reader text() throws IOException {
        channel.position(0);
        InputStream bytes = new CappedStream(Channels.newInputStream(channel), maxBytes);
        return new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), BUFFER_CHARS);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Counts the bytes read against the cap; closing it leaves the channel open for the next reading. */
    private static final class CappedStream extends FilterInputStream {

        private final long maxBytes;
        private long read;

        CappedStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new FileRefusedException(Reason.FILE_TOO_LARGE);
            }
        }

        @Override
        public void close() {
            // The channel is closed with the InboxFile.
        }
    }
}
