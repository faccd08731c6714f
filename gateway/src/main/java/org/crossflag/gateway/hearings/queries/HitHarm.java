package org.crossflag.gateway.hearings.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.PersonRole;
import org.crossflag.gateway.hearings.records.HarmRepository;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.victims.AgeAtHearing;
import org.crossflag.gateway.hearings.victims.AgeRule;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.PartialDate;

/**
 * What a holding force adds to its hits about harm: the subject's role, the abuse type, whether someone was under 16
 * (never a date of birth), and, for a MATCH only, the victims under the query's own key; and the hits on people its hearings recorded as
 * victims, which carry no victims and no score and only hold the asking force's alert for review.
 */
public final class HitHarm {

    private final HarmRepository harm;
    private final LocalPeople people;
    private final HearingMatching matching;
    private final HearingRepository hearings;

    public HitHarm(HarmRepository harm, LocalPeople people, HearingMatching matching, HearingRepository hearings) {
        this.harm = harm;
        this.people = people;
        this.matching = matching;
        this.hearings = hearings;
    }

    /** A hit on the subject of {@code hearing}, for the query {@code queryId} under {@code keyVersion}. */
    Hit onSubject(String holder, HearingRepository.StoredHearing hearing, String band, String queryId, int keyVersion) {
        HarmRepository.Harm recorded = harm.ofHearing(hearing.hearingId());
        List<HitVictim> victims = new ArrayList<>();
        List<AgeAtHearing> victimAges = new ArrayList<>();
        for (HarmRepository.StoredVictim victim : recorded.victims()) {
            LocalPerson person = people.find(victim.personId()).orElse(null);
            if (person == null) {
                continue;
            }
            victimAges.add(AgeAtHearing.of(PartialDate.parse(person.dateOfBirth()), hearing.heardOn()));
            // Only for the same perpetrator: a possible match may be someone else, whose victims are no one's concern.
            if (MatchBand.MATCH.name().equals(band)) {
                matching.encodeForOneQuery(queryId, keyVersion, person)
                        .ifPresent(encoding -> victims.add(new HitVictim(victim.relationship(), encoding)));
            }
        }
        AgeAtHearing subjectAge = people.find(hearing.personId())
                .map(person -> AgeAtHearing.of(PartialDate.parse(person.dateOfBirth()), hearing.heardOn()))
                .orElse(AgeAtHearing.NOT_KNOWN);
        AgeRule ages = AgeRule.of(recorded.abuseType(), subjectAge, victimAges);
        return new Hit(
                UUID.randomUUID().toString(),
                holder,
                hearing.forum(),
                hearing.heardOn(),
                hearing.reference(),
                hearing.contact(),
                band,
                hearing.score(),
                recorded.subjectRole(),
                recorded.abuseType(),
                ages.subjectUnder16(),
                ages.victimUnder16(),
                victims);
    }

    /**
     * Hits on the hearings that record the matched people as harmed, each with the hearing it came from. They say
     * when and where, and whom to call; never the hearing's score or its subject.
     */
    List<HitAbout> onVictims(String holder, List<MatchCandidate> candidates) {
        List<HitAbout> hits = new ArrayList<>();
        for (MatchCandidate candidate : candidates) {
            for (HarmRepository.VictimHearing recorded : harm.hearingsWhereVictim(candidate.localId())) {
                hearings.hearing(recorded.hearingId())
                        .ifPresent(hearing -> hits.add(new HitAbout(
                                new Hit(
                                        UUID.randomUUID().toString(),
                                        holder,
                                        hearing.forum(),
                                        hearing.heardOn(),
                                        hearing.reference(),
                                        hearing.contact(),
                                        candidate.band().name(),
                                        null,
                                        PersonRole.VICTIM,
                                        harm.ofHearing(hearing.hearingId()).abuseType(),
                                        false,
                                        false,
                                        List.of()),
                                hearing.hearingId())));
            }
        }
        return hits;
    }

    /** A hit and the id of the hearing behind it. */
    record HitAbout(Hit hit, String hearingId) {}
}
