package org.crossflag.gateway.hearings.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.node.AfterCommit;

import com.fasterxml.jackson.databind.JsonNode;

/** Matching under the federation matching secret: the encoder, the wire form of encodings and the local index. */
public final class KeyedHearingMatching implements HearingMatching {

    private final IdentityEncoder encoder;
    private final IdentityEncodingCodec codec;
    private final LocalHearingIndex index;

    public KeyedHearingMatching(IdentityEncoder encoder, IdentityEncodingCodec codec, LocalHearingIndex index) {
        this.encoder = encoder;
        this.codec = codec;
        this.index = index;
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
}
