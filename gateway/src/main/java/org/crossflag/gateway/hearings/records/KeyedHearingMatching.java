package org.crossflag.gateway.hearings.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingException;
import org.crossflag.gateway.matching.PerQueryEncoder;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.node.AfterCommit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Matching under the federation matching secret: the encoder, the wire form of encodings and the local index. */
public final class KeyedHearingMatching implements HearingMatching {

    private final IdentityEncoder encoder;
    private final IdentityEncodingCodec codec;
    private final LocalHearingIndex index;
    private final LocalHearingIndex victims;
    private final PerQueryEncoder perQuery;

    /**
     * @param index    the people this force heard (or holds person records about): what lookups match
     * @param victims  the people this force recorded as victims, kept apart
     * @param perQuery encodings under one query's key
     */
    public KeyedHearingMatching(
            IdentityEncoder encoder,
            IdentityEncodingCodec codec,
            LocalHearingIndex index,
            LocalHearingIndex victims,
            PerQueryEncoder perQuery) {
        this.encoder = encoder;
        this.codec = codec;
        this.index = index;
        this.victims = victims;
        this.perQuery = perQuery;
    }

    @Override
    public Optional<QueryEncoding> encodeForQuery(PersonIdentity person, Instant at) {
        IdentityEncoding encoding = encoder.encodeForQuery(person, at);
        return Optional.of(new QueryEncoding(encoding.keyVersion(), codec.write(encoding)));
    }

    @Override
    public void indexOnCommit(String personId, LocalPerson person) {
        PersonIdentity identity = LocalPeople.identity(person);
        AfterCommit.run(() -> index.put(personId, identity));
    }

    @Override
    public void unindexOnCommit(String personId) {
        AfterCommit.run(() -> index.remove(personId));
    }

    @Override
    public IdentityEncoding readQuery(JsonNode encoding) {
        return codec.read(encoding);
    }

    @Override
    public List<MatchCandidate> candidates(IdentityEncoding query) {
        return index.query(query);
    }

    @Override
    public void indexVictimOnCommit(String personId, LocalPerson person) {
        PersonIdentity identity = LocalPeople.identity(person);
        AfterCommit.run(() -> victims.put(personId, identity));
    }

    @Override
    public void unindexVictimOnCommit(String personId) {
        AfterCommit.run(() -> victims.remove(personId));
    }

    @Override
    public List<MatchCandidate> victimCandidates(IdentityEncoding query) {
        return victims.query(query);
    }

    @Override
    public Optional<ObjectNode> encodeForOneQuery(String queryId, int keyVersion, LocalPerson person) {
        return Optional.of(codec.write(perQuery.encode(queryId, keyVersion, LocalPeople.identity(person))));
    }

    @Override
    public MatchBand compareForOneQuery(JsonNode first, JsonNode second) {
        try {
            return perQuery.compare(codec.read(first), codec.read(second));
        } catch (MatchingException e) {
            return MatchBand.NO_MATCH;
        }
    }

    @Override
    public void close() {
        index.clear();
        victims.clear();
    }
}
