package org.crossflag.gateway.evaluation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a file, split at line feeds (a carriage return before one is dropped) and each decoded as UTF-8 on its
 * own, so that a line saved in another encoding spoils only itself. Line numbers start at 1.
 */
final class CsvLines implements Closeable {

    /** A line: its number, and its text, or null when its bytes are not UTF-8. */
    record Line(int number, String text) {}

    private final InputStream in;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int number;

    CsvLines(Path file) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        bytes.reset();
        int b = in.read();
        if (b == -1) {
            return null;
        }
        while (b != -1 && b != '\n') {
            bytes.write(b);
            b = in.read();
        }
        number++;
        byte[] line = bytes.toByteArray();
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        try {
            return new Line(
                    number,
                    utf8.reset().decode(ByteBuffer.wrap(line, 0, length)).toString());
        } catch (CharacterCodingException e) {
            return new Line(number, null);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
