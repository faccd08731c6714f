package org.crossflag.gateway.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The versions of the federation matching secret and when each is accepted.
 * <p>
 * A version is accepted for querying from its start until the end of the changeover window that follows the start
 * of the next version; the newest version has no end. During a changeover two versions are accepted, so a node
 * encodes its own people under both and answers queries under either. A query under any other version is refused
 * with {@link MatchingReason#MATCHING_KEY_VERSION_NOT_ACCEPTED}.
 */
public final class MatchingKeyring {

    private final List<MatchingSecret> secrets;
    private final Duration changeover;

    public MatchingKeyring(List<MatchingSecret> secrets, Duration changeover) {
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("a matching keyring needs at least one secret");
        }
        if (changeover == null || changeover.isNegative()) {
            throw new IllegalArgumentException("the changeover window must be zero or positive");
        }
        List<MatchingSecret> sorted = new ArrayList<>(secrets);
        sorted.sort(Comparator.comparingInt(MatchingSecret::version));
        for (int i = 1; i < sorted.size(); i++) {
            MatchingSecret previous = sorted.get(i - 1);
            MatchingSecret next = sorted.get(i);
            if (previous.version() == next.version()) {
                throw new IllegalArgumentException("matching key version " + next.version() + " appears twice");
            }
            if (!next.start().isAfter(previous.start())) {
                throw new IllegalArgumentException(
                        "matching key version " + next.version() + " must start after version " + previous.version());
            }
        }
        this.secrets = List.copyOf(sorted);
        this.changeover = changeover;
    }

    /** One secret, valid from the beginning of time: for tools and tests. */
    public static MatchingKeyring single(int version, byte[] secret) {
        return new MatchingKeyring(List.of(new MatchingSecret(version, secret, Instant.EPOCH)), Duration.ZERO);
    }

    public Duration changeover() {
        return changeover;
    }

    /** Versions accepted for querying at {@code now}, oldest first: one, or two during a changeover. */
    public List<Integer> acceptedVersions(Instant now) {
        List<Integer> accepted = new ArrayList<>(2);
        for (int i = 0; i < secrets.size(); i++) {
            if (isAccepted(i, now)) {
                accepted.add(secrets.get(i).version());
            }
        }
        return accepted;
    }

    /** Refuses a query under {@code version} unless that version is accepted at {@code now}. */
    public void requireAccepted(int version, Instant now) {
        int index = indexOf(version);
        if (index < 0 || !isAccepted(index, now)) {
            throw new MatchingException(
                    MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED,
                    "matching key version " + version
                            + (index < 0 ? " is unknown to this node" : " is not accepted at " + now) + "; accepted: "
                            + acceptedVersions(now));
        }
    }

    /** The version to encode new queries under: the newest one that has started. */
    public int currentVersion(Instant now) {
        for (int i = secrets.size() - 1; i >= 0; i--) {
            if (!secrets.get(i).start().isAfter(now)) {
                return secrets.get(i).version();
            }
        }
        throw new MatchingException(
                MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED, "no matching key version has started at " + now);
    }

    /** True when the keyring holds the secret of {@code version}, whether or not it is accepted now. */
    public boolean knows(int version) {
        return indexOf(version) >= 0;
    }

    byte[] secret(int version) {
        int index = indexOf(version);
        if (index < 0) {
            throw new MatchingException(
                    MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED,
                    "matching key version " + version + " is unknown to this node");
        }
        return secrets.get(index).secret();
    }

    private boolean isAccepted(int index, Instant now) {
        MatchingSecret secret = secrets.get(index);
        if (now.isBefore(secret.start())) {
            return false;
        }
        if (index == secrets.size() - 1) {
            return true;
        }
        return now.isBefore(secrets.get(index + 1).start().plus(changeover));
    }

    private int indexOf(int version) {
        for (int i = 0; i < secrets.size(); i++) {
            if (secrets.get(i).version() == version) {
                return i;
            }
        }
        return -1;
    }
}
