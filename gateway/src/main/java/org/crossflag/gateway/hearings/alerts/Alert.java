package org.crossflag.gateway.hearings.alerts;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;

/**
 * An alert for this force's panel coordinators: what was heard, where and when, whom to call, and what has been
 * done about it. It never holds another force's raw record.
 *
 * @param kind       PRIOR_HEARING_ELSEWHERE (a referral here matched a hearing elsewhere) or REFERRED_ELSEWHERE
 *                   (a person heard here was referred elsewhere)
 * @param status     REVIEW, OPEN, ACKNOWLEDGED or NOT_SAME_PERSON
 * @param otherForce the force that heard the person, or where they were referred
 * @param contact    whom to call in the other force
 */
public record Alert(String alertId, String kind, String status, String band, Instant createdAt, String otherForce,
                    String queryId, String hitId, String referralId, String hearingId, Forum heardForum, LocalDate heardOn,
                    String heardReference, Forum referralForum, LocalDate referredOn, String referralReference,
                    Contact contact, RiskScore score, boolean repeat, boolean escalation, String acknowledgedBy,
                    Instant acknowledgedAt, String actionCode, String actionNote) {

    public static final String PRIOR_HEARING_ELSEWHERE = "PRIOR_HEARING_ELSEWHERE";
    public static final String REFERRED_ELSEWHERE = "REFERRED_ELSEWHERE";
    public static final String REVIEW = "REVIEW";
    public static final String OPEN = "OPEN";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    public static final String NOT_SAME_PERSON = "NOT_SAME_PERSON";

    /** Never the action note: it is free text a coordinator wrote. */
    @Override
    public String toString() {
        return "Alert[" + alertId + ", " + kind + ", " + status + "]";
    }
}
