package org.crossflag.gateway.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Encodings under a key made for one query: HKDF-SHA256 of the federation matching secret of the query's key
 * version, salted with the query's id. Every node holding the secret derives the same key for the same query, so
 * the forces answering one query and the force that asked can compare what they encode for it; an encoding made for
 * one query is under keys unrelated to the index's (the version's own) and to any other query's, so it never matches
 * them.
 * Victims are encoded this way, never under the index's keys.
 */
public final class PerQueryEncoder {

    private static final String SALT = "crossflag/per-query/";
    private static final byte[] INFO = "crossflag/per-query/victims".getBytes(StandardCharsets.UTF_8);

    private final MatchingKeyring keyring;
    private final MatchThresholds thresholds;
    /**
     * One query's keys are derived once and used for every victim it encodes (a holder's victims, and at the asker
     * its referral's and own hearings' victims on each hit): a key set costs dozens of HKDF derivations.
     */
    private final Cache<QueryKey, IdentityEncoder> encoders = Caffeine.newBuilder()
            .maximumSize(1024)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    public PerQueryEncoder(MatchingKeyring keyring, MatchThresholds thresholds) {
        this.keyring = keyring;
        this.thresholds = thresholds;
    }

    /**
     * @param queryId    the query's id, which the asker and every answering force share (its correlation id)
     * @param keyVersion the query's matching key version; the keyring must know it
     */
    public IdentityEncoding encode(String queryId, int keyVersion, PersonIdentity person) {
        IdentityEncoder encoder = encoders.get(
                new QueryKey(queryId, keyVersion),
                key -> new IdentityEncoder(
                        MatchingKeyring.single(keyVersion, derive(keyring.secret(keyVersion), queryId))));
        return encoder.encode(person, keyVersion);
    }

    /**
     * The band of two encodings made for the same query. Encodings of different queries or versions are never the
     * same person: they cannot be compared.
     */
    public MatchBand compare(IdentityEncoding first, IdentityEncoding second) {
        if (first.keyVersion() != second.keyVersion()) {
            return MatchBand.NO_MATCH;
        }
        return thresholds.band(MatchScorer.probability(MatchScorer.weight(first, second)));
    }

    private record QueryKey(String queryId, int keyVersion) {}

    static byte[] derive(byte[] secret, String queryId) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(secret, (SALT + queryId).getBytes(StandardCharsets.UTF_8), INFO));
        byte[] key = new byte[VersionKeys.KEY_BYTES];
        hkdf.generateBytes(key, 0, VersionKeys.KEY_BYTES);
        return key;
    }
}
