package org.crossflag.gateway.federation.directory;

import java.util.Optional;

/**
 * Keeps the newest directory this node has verified, beyond its own memory, so that a restart never falls back
 * to an older one. {@link #NONE} keeps nothing (for tests of the service alone).
 */
public interface DirectoryKeeper {

    DirectoryKeeper NONE = new DirectoryKeeper() {
        @Override
        public Optional<Kept> newest() {
            return Optional.empty();
        }

        @Override
        public long newestSequence() {
            return 0;
        }

        @Override
        public void keep(long sequence, byte[] document, byte[] signature) {}
    };

    /** The newest directory kept, exactly as signed. */
    Optional<Kept> newest();

    /** The newest sequence kept; 0 when none. */
    long newestSequence();

    /** Keeps the directory if its sequence is higher than the one kept; never lowers it. */
    void keep(long sequence, byte[] document, byte[] signature);

    record Kept(long sequence, byte[] document, byte[] signature) {}
}
