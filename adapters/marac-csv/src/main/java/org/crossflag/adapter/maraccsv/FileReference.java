package org.crossflag.adapter.maraccsv;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What logs call an export file instead of its name, which a force might have made from a person's name: the
 * first 12 hex digits of the SHA-256 of the name. An operator finds the file with
 * {@code printf '%s' 'name.csv' | sha256sum | cut -c1-12}, or by the time and the outcome folder.
 */
final class FileReference {

    private FileReference() {}

    static String of(String fileName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return "file " + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
