package org.crossflag.gateway.hearings.records;

import java.time.Clock;
import java.util.List;

import org.crossflag.gateway.matching.EncodedPersonIndex;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blinded index of the people this force's panels heard or holds person records about, keyed by the node's
 * person id. Built from the database at start-up and kept current as hearings and person records are stored. Each
 * person is held under every matching key version accepted now, so queries under either version of a changeover are
 * answered.
 */
public final class LocalHearingIndex {

    private static final Logger log = LoggerFactory.getLogger(LocalHearingIndex.class);

    private final EncodedPersonIndex index;
    private final IdentityEncoder encoder;
    private final Clock clock;

    public LocalHearingIndex(EncodedPersonIndex index, IdentityEncoder encoder, Clock clock) {
        this.index = index;
        this.encoder = encoder;
        this.clock = clock;
    }

    public void rebuild(LocalPeople people) {
        int[] count = {0};
        people.forEachIndexedPerson((personId, identity) -> {
            put(personId, identity);
            count[0]++;
        });
        log.info("Local hearing index built people={}", count[0]);
    }

    /** Every person recorded as a victim in a hearing not withdrawn, for the victims' own index. */
    public void rebuildVictims(LocalPeople people) {
        int[] count = {0};
        people.forEachIndexedVictim((personId, identity) -> {
            put(personId, identity);
            count[0]++;
        });
        log.info("Local victim index built people={}", count[0]);
    }

    public void put(String personId, PersonIdentity identity) {
        index.remove(personId);
        for (IdentityEncoding encoding : encoder.encodeForIndex(identity, clock.instant())) {
            index.add(personId, encoding);
        }
    }

    /** Takes the person out of the index: no query finds them until they are put back. */
    public void remove(String personId) {
        index.remove(personId);
    }

    /** Empties the index when the node stops. */
    public void clear() {
        index.clear();
    }

    /** People at POSSIBLE_MATCH or better, best first. @throws org.crossflag.gateway.matching.MatchingException */
    public List<MatchCandidate> query(IdentityEncoding query) {
        return index.query(query);
    }
}
