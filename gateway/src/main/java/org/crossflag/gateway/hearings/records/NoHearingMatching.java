package org.crossflag.gateway.hearings.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.node.NodeIdentity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Matching without a key: nothing is encoded, indexed or matched, and another force's query is refused. */
final class NoHearingMatching implements HearingMatching {

    private final NodeIdentity node;

    NoHearingMatching(NodeIdentity node) {
        this.node = node;
    }

    @Override
    public Optional<QueryEncoding> encodeForQuery(PersonIdentity person, Instant at) {
        return Optional.empty();
    }

    /** Nothing is read either: without a key, a hearing is stored whatever matching would make of its subject. */
    @Override
    public void indexOnCommit(String personId, LocalPerson person) {
        // no index to keep
    }

    @Override
    public void unindexOnCommit(String personId) {
        // no index to keep
    }

    @Override
    public IdentityEncoding readQuery(JsonNode encoding) {
        throw new MatchingNotConfiguredException(node.code() + " holds no matching key");
    }

    @Override
    public List<MatchCandidate> candidates(IdentityEncoding query) {
        return List.of();
    }

    @Override
    public void indexVictimOnCommit(String personId, LocalPerson person) {
        // no index to keep
    }

    @Override
    public void unindexVictimOnCommit(String personId) {
        // no index to keep
    }

    @Override
    public List<MatchCandidate> victimCandidates(IdentityEncoding query) {
        return List.of();
    }

    @Override
    public Optional<ObjectNode> encodeForOneQuery(String queryId, int keyVersion, LocalPerson person) {
        return Optional.empty();
    }

    @Override
    public MatchBand compareForOneQuery(JsonNode first, JsonNode second) {
        return MatchBand.NO_MATCH;
    }
}
