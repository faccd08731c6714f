package org.crossflag.gateway.hearings.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.RejectedRecordException;

/**
 * Keeps the victims of hearings and referrals: stores each as a local person, records the rows that tie them to the
 * record, and keeps the victims' own index current (only hearings' victims are findable; a referral's victims are
 * known only to this force's serial count). Runs in the caller's transaction.
 */
public final class RecordedHarm {

    private final LocalPeople people;
    private final HarmRepository harm;
    private final HearingMatching matching;

    public RecordedHarm(LocalPeople people, HarmRepository harm, HearingMatching matching) {
        this.people = people;
        this.harm = harm;
        this.matching = matching;
    }

    /**
     * Refused before anything is stored: a victim matching could not use, named by position.
     *
     * @throws RejectedRecordException naming {@code victims[i].person}
     */
    public static void requireIdentifiable(List<LocalVictim> victims) {
        for (int i = 0; i < victims.size(); i++) {
            try {
                LocalPeople.requireIdentifiable(victims.get(i).person());
            } catch (RejectedRecordException e) {
                String field = "victims[" + i + "].person";
                throw "SUBJECT_UNIDENTIFIABLE".equals(e.reasonCode())
                        ? new RejectedRecordException(
                                "VICTIM_UNIDENTIFIABLE", field, field + " needs a family name, an alias or a PNC id")
                        : new RejectedRecordException(e.reasonCode(), field, field + ": " + e.getMessage());
            }
        }
    }

    /** A new or corrected hearing's victims replace any it had; those no longer recorded anywhere leave the index. */
    public void ofHearing(String adapterId, String hearingId, LocalHearing hearing, Instant now) {
        List<String> before = harm.victimIdsOfHearing(hearingId);
        List<HarmRepository.StoredVictim> victims = store(adapterId, hearing.victims(), now);
        harm.recordForHearing(hearingId, new HarmRepository.Harm(hearing.subjectRole(), hearing.abuseType(), victims));
        for (int i = 0; i < victims.size(); i++) {
            matching.indexVictimOnCommit(
                    victims.get(i).personId(), hearing.victims().get(i).person());
        }
        before.stream()
                .filter(id -> victims.stream().noneMatch(v -> v.personId().equals(id)))
                .forEach(this::unindexUnlessStillVictim);
    }

    public void ofReferral(String adapterId, String referralId, LocalReferral referral, Instant now) {
        List<HarmRepository.StoredVictim> victims = store(adapterId, referral.victims(), now);
        harm.recordForReferral(
                referralId, new HarmRepository.Harm(referral.subjectRole(), referral.abuseType(), victims));
    }

    /** After a hearing was withdrawn: its victims leave the index unless another hearing still records them. */
    public void hearingWithdrawn(String hearingId) {
        harm.victimIdsOfHearing(hearingId).forEach(this::unindexUnlessStillVictim);
    }

    /** Before a hearing is deleted: its victim rows go, and each victim once nothing refers to them. */
    public void hearingPurged(String hearingId) {
        List<String> victims = harm.victimIdsOfHearing(hearingId);
        harm.deleteForHearing(hearingId);
        for (String personId : victims) {
            unindexUnlessStillVictim(personId);
            people.deleteIfUnreferenced(personId);
        }
    }

    private List<HarmRepository.StoredVictim> store(String adapterId, List<LocalVictim> victims, Instant now) {
        List<HarmRepository.StoredVictim> stored = new ArrayList<>();
        for (LocalVictim victim : victims) {
            stored.add(new HarmRepository.StoredVictim(
                    people.save(adapterId, victim.person(), now), victim.relationship(), victim.role()));
        }
        return stored;
    }

    private void unindexUnlessStillVictim(String personId) {
        if (!people.findableAsVictim(personId)) {
            matching.unindexVictimOnCommit(personId);
        }
    }
}
