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

/**
 * What prior-hearing flags need from matching: a person's blinded encoding for a query, the index of the people
 * this force's panels heard, and the reading and answering of other forces' queries. A node with no matching key
 * uses {@link #none}: it encodes nothing and matches nothing, so it neither asks nor answers.
 */
public interface HearingMatching extends AutoCloseable {

    /** Why a query is not sent or not answered when this node holds no matching key. */
    String NOT_CONFIGURED = "MATCHING_NOT_CONFIGURED";

    /** The blinded encoding a query carries for this person under the key in force at {@code at}; empty without one. */
    Optional<QueryEncoding> encodeForQuery(PersonIdentity person, Instant at);

    /**
     * Makes a heard person findable by other forces' queries once the caller's transaction commits. What matching
     * needs of the person is read at once, so a record it cannot use is refused in its own transaction.
     *
     * @throws org.crossflag.adapter.RejectedRecordException when matching cannot use the person's fields
     */
    void indexOnCommit(String personId, LocalPerson person);

    /**
     * Takes a person out of the index once the caller's transaction commits: their last hearing or record that made
     * them findable was withdrawn or purged.
     */
    void unindexOnCommit(String personId);

    /**
     * The encoding another force's query carries.
     *
     * @throws org.crossflag.gateway.matching.MatchingException when it is unusable
     * @throws MatchingNotConfiguredException when this node holds no matching key
     */
    IdentityEncoding readQuery(JsonNode encoding);

    /**
     * The people this force's panels heard at POSSIBLE_MATCH or better, best first.
     *
     * @throws org.crossflag.gateway.matching.MatchingException when the encoding's key version is not accepted now
     */
    List<MatchCandidate> candidates(IdentityEncoding query);

    /**
     * Makes a person recorded as a victim findable, apart from the subjects, once the caller's transaction commits:
     * only for holding an alert about them for review, never as a hit on its own.
     */
    void indexVictimOnCommit(String personId, LocalPerson person);

    /** Takes a person out of the victims' index once the caller's transaction commits. */
    void unindexVictimOnCommit(String personId);

    /**
     * The people this force recorded as victims at POSSIBLE_MATCH or better, best first.
     *
     * @throws org.crossflag.gateway.matching.MatchingException when the encoding's key version is not accepted now
     */
    List<MatchCandidate> victimCandidates(IdentityEncoding query);

    /**
     * A person's encoding under the key of one query, in its wire form: empty without a matching key.
     *
     * @param queryId the id the asking force and every answering force share for the query
     */
    Optional<ObjectNode> encodeForOneQuery(String queryId, int keyVersion, LocalPerson person);

    /** The band of two encodings made for one query; NO_MATCH without a matching key or for an unreadable one. */
    MatchBand compareForOneQuery(JsonNode first, JsonNode second);

    /** Lets the indexes go when the node stops (Spring calls it as the bean's destroy method). */
    @Override
    default void close() {
        // nothing to let go
    }

    /** Matching for a node that holds no matching key. */
    static HearingMatching none(NodeIdentity node) {
        return new NoHearingMatching(node);
    }

    /**
     * A person's encoding as a query carries it.
     *
     * @param wire the encoding's JSON form, holding no readable field
     */
    record QueryEncoding(int keyVersion, ObjectNode wire) {}
}
