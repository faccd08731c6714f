package org.crossflag.adapter.maraccsv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The references met so far in one file, for the rule that a reference appears once per file. Each is kept as the
 * first 64 bits of its SHA-256 in an open-addressed table at most half full, 16 bytes a row at most, instead of a
 * string set (about 100 bytes a row): the one part of reading a file that grows with it. Two references sharing
 * 64 bits is about one chance in 10^12 for a file of 100,000 rows, and would show as a DUPLICATE_REFERENCE row in
 * the error report, never as a lost one.
 */
final class SeenReferences {

    private final MessageDigest sha256;
    private long[] slots = new long[1024];
    private int size;
    private boolean zeroSeen;

    SeenReferences() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** @return true the first time a reference is added, false for a repeat */
    boolean add(String reference) {
        long digest = ByteBuffer.wrap(sha256.digest(reference.getBytes(StandardCharsets.UTF_8)))
                .getLong();
        if (digest == 0) {
            // 0 marks an empty slot.
            boolean first = !zeroSeen;
            zeroSeen = true;
            return first;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        return insert(slots, digest);
    }

    private boolean insert(long[] table, long digest) {
        int mask = table.length - 1;
        for (int i = (int) digest & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = digest;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (table[i] == digest) {
                return false;
            }
        }
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long digest : slots) {
            if (digest != 0) {
                insert(larger, digest);
            }
        }
        slots = larger;
    }
}
