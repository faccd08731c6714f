package org.crossflag.gateway.hearings.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.hearings.queries.HitVictim;
import org.crossflag.gateway.hearings.records.HarmRepository;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.victims.MappaCategoryThreePrompt;
import org.crossflag.gateway.hearings.victims.SerialCount;
import org.crossflag.gateway.hearings.victims.VictimRecordHold;
import org.crossflag.gateway.hearings.victims.VictimSighting;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * At the referring force: what one query's answers and this force's own records show together. Distinct victims are
 * counted across every matched hearing elsewhere, this force's own hearings of the person and the referral, comparing the encodings made under the query's own key,
 * so one victim recorded under two spellings counts once; only matched hits count (a possible match may be someone
 * else). The MAPPA prompt and the review hold are decided here from the same facts.
 */
public final class SerialPatterns {

    private final String nodeCode;
    private final HarmRepository harm;
    private final LocalPeople people;
    private final HearingMatching matching;
    private final HearingRepository hearings;
    private final SerialCount.Settings settings;
    private final Clock clock;

    public SerialPatterns(
            String nodeCode,
            HarmRepository harm,
            LocalPeople people,
            HearingMatching matching,
            HearingRepository hearings,
            SerialCount.Settings settings,
            Clock clock) {
        this.nodeCode = nodeCode;
        this.harm = harm;
        this.people = people;
        this.matching = matching;
        this.hearings = hearings;
        this.settings = settings;
        this.clock = clock;
    }

    /** The facts of one query as they stand: its hits so far, the referral's own victims and role. */
    Assessment assess(String queryId, int keyVersion, HearingRepository.StoredReferral referral, List<Hit> hits) {
        HarmRepository.Harm referred = harm.ofReferral(referral.referralId());
        List<VictimSighting> sightings = new ArrayList<>();
        List<JsonNode> encodings = new ArrayList<>();
        List<AbuseType> types = new ArrayList<>();
        List<Forum> forums = new ArrayList<>(List.of(referral.forum()));
        Own own = new Own(queryId, keyVersion, sightings, encodings, types);
        own.add(referral.referredOn(), referred);
        for (HearingRepository.StoredHearing hearing : ownHearingsOf(referral)) {
            forums.add(hearing.forum());
            own.add(hearing.heardOn(), harm.ofHearing(hearing.hearingId()));
        }
        for (Hit hit : hits) {
            if (!matched(hit)) {
                continue;
            }
            forums.add(hit.forum());
            if (hit.abuseType() != null) {
                types.add(hit.abuseType());
            }
            for (HitVictim victim : hit.victims()) {
                sightings.add(new VictimSighting(hit.holder(), hit.heardOn(), victim.relationship()));
                encodings.add(victim.encoding());
            }
        }
        SerialCount count = SerialCount.of(
                referral.referredOn(),
                sightings,
                (first, second) ->
                        matching.compareForOneQuery(encodings.get(first), encodings.get(second)) != MatchBand.NO_MATCH,
                settings);
        boolean prompt = MappaCategoryThreePrompt.applies(count.serial(), types, forums);
        return new Assessment(count, prompt, holds(referral, referred, hits));
    }

    /** This force's own hearings of the referred person: a match in its own index of subjects. */
    private List<HearingRepository.StoredHearing> ownHearingsOf(HearingRepository.StoredReferral referral) {
        Optional<LocalPerson> subject = people.find(referral.personId());
        Optional<HearingMatching.QueryEncoding> encoding =
                subject.flatMap(p -> matching.encodeForQuery(LocalPeople.identity(p), clock.instant()));
        if (encoding.isEmpty()) {
            return List.of();
        }
        List<HearingRepository.StoredHearing> own = new ArrayList<>();
        try {
            for (MatchCandidate candidate :
                    matching.candidates(matching.readQuery(encoding.get().wire()))) {
                if (candidate.band() == MatchBand.MATCH) {
                    own.addAll(hearings.hearingsOf(candidate.localId()));
                }
            }
        } catch (MatchingException e) {
            return List.of(); // no key version accepted now: the answers alone are counted
        }
        return own;
    }

    /** Adds what this force's own records (the referral, its own hearings) say to the facts of one query. */
    private final class Own {
        private final String queryId;
        private final int keyVersion;
        private final List<VictimSighting> sightings;
        private final List<JsonNode> encodings;
        private final List<AbuseType> types;

        Own(
                String queryId,
                int keyVersion,
                List<VictimSighting> sightings,
                List<JsonNode> encodings,
                List<AbuseType> types) {
            this.queryId = queryId;
            this.keyVersion = keyVersion;
            this.sightings = sightings;
            this.encodings = encodings;
            this.types = types;
        }

        void add(LocalDate on, HarmRepository.Harm recorded) {
            if (recorded.abuseType() != null) {
                types.add(recorded.abuseType());
            }
            for (HarmRepository.StoredVictim victim : recorded.victims()) {
                Optional<ObjectNode> encoding = people.find(victim.personId())
                        .flatMap(person -> matching.encodeForOneQuery(queryId, keyVersion, person));
                if (encoding.isPresent()) {
                    sightings.add(new VictimSighting(nodeCode, on, victim.relationship()));
                    encodings.add(encoding.get());
                }
            }
        }
    }

    /** A hit on the subject whose band a coordinator need not confirm. */
    private static boolean matched(Hit hit) {
        return !hit.onVictimRecord() && MatchBand.MATCH.name().equals(hit.band());
    }

    private List<VictimRecordHold> holds(
            HearingRepository.StoredReferral referral, HarmRepository.Harm referred, List<Hit> hits) {
        List<VictimRecordHold> holds = new ArrayList<>();
        VictimRecordHold.forReferral(referred.subjectRole(), nodeCode, referral.referredOn())
                .ifPresent(holds::add);
        for (Hit hit : hits) {
            VictimRecordHold.forHit(hit.role(), hit.holder(), hit.heardOn()).ifPresent(holds::add);
        }
        return holds;
    }

    /**
     * @param holds every reason in the query so far to hold its alerts for review
     */
    record Assessment(SerialCount count, boolean mappaPrompt, List<VictimRecordHold> holds) {

        Optional<VictimRecordHold> hold() {
            return VictimRecordHold.first(holds);
        }
    }
}
