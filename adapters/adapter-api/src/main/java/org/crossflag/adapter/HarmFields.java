package org.crossflag.adapter;

import java.util.List;

/** The checks a hearing and a referral share on whom they record as harmed, and in what role. */
final class HarmFields {

    /** At most this many victims are recorded with one hearing or referral (the answer schema's limit). */
    static final int MAX_VICTIMS = 8;

    private HarmFields() {}

    /** The subject of a hearing or referral is its perpetrator, or both; never only its victim. */
    static PersonRole subjectRole(PersonRole role) {
        if (role == PersonRole.VICTIM) {
            throw new RejectedRecordException(
                    "SUBJECT_ROLE_INVALID", "subjectRole", "a subject's role is PERPETRATOR or BOTH");
        }
        return role == null ? PersonRole.PERPETRATOR : role;
    }

    static List<LocalVictim> victims(List<LocalVictim> victims) {
        if (victims == null) {
            return List.of();
        }
        if (victims.size() > MAX_VICTIMS) {
            throw new RejectedRecordException(
                    "VICTIMS_TOO_MANY", "victims", "at most " + MAX_VICTIMS + " victims may be recorded");
        }
        return List.copyOf(victims);
    }
}
