package org.crossflag.gateway.hearings.alerts;

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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * At the referring force: what one query's answers and the referral itself show together. Distinct victims are
 * counted across every matched hearing and the referral, comparing the encodings made under the query's own key,
 * so one victim recorded under two spellings counts once; only matched hits count (a possible match may be someone
 * else). The MAPPA prompt and the review hold are decided here from the same facts.
 */
public final class SerialPatterns {

    private final String nodeCode;
    private final HarmRepository harm;
    private final LocalPeople people;
    private final HearingMatching matching;
    private final SerialCount.Settings settings;

    public SerialPatterns(
            String nodeCode,
            HarmRepository harm,
            LocalPeople people,
            HearingMatching matching,
            SerialCount.Settings settings) {
        this.nodeCode = nodeCode;
        this.harm = harm;
        this.people = people;
        this.matching = matching;
        this.settings = settings;
    }

    /** The facts of one query as they stand: its hits so far, the referral's own victims and role. */
    Assessment assess(String queryId, int keyVersion, HearingRepository.StoredReferral referral, List<Hit> hits) {
        HarmRepository.Harm referred = harm.ofReferral(referral.referralId());
        List<VictimSighting> sightings = new ArrayList<>();
        List<JsonNode> encodings = new ArrayList<>();
        for (HarmRepository.StoredVictim victim : referred.victims()) {
            Optional<LocalPerson> person = people.find(victim.personId());
            Optional<com.fasterxml.jackson.databind.node.ObjectNode> encoding =
                    person.flatMap(p -> matching.encodeForOneQuery(queryId, keyVersion, p));
            if (encoding.isPresent()) {
                sightings.add(new VictimSighting(nodeCode, referral.referredOn(), victim.relationship()));
                encodings.add(encoding.get());
            }
        }
        List<AbuseType> types = new ArrayList<>();
        List<Forum> forums = new ArrayList<>(List.of(referral.forum()));
        if (referred.abuseType() != null) {
            types.add(referred.abuseType());
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
