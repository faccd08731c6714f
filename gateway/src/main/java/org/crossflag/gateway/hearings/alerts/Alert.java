package org.crossflag.gateway.hearings.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.RiskFlags;

/**
 * An alert for this force's panel coordinators: what was heard, where and when, whom to call, and what has been
 * done about it. It never holds another force's raw record. New alerts come from {@link #priorHearingElsewhere},
 * {@link #referredElsewhere} and {@link #circumstanceChange}; stored ones through {@link #builder()}, which refuses an
 * alert without a field that every alert of its kind has. A change-of-circumstance alert has no hearing or referral:
 * it has its {@link CircumstanceNotice} instead.
 *
 * @param otherForce  the force that heard the person, or where they were referred, or that was notified of a change
 * @param contact     whom to call in the other force
 * @param circumstance what a change-of-circumstance alert says; null for the other kinds
 * @param amendment  the last correction, withdrawal or purge of the record behind the alert, or null for none
 * @param amendedOn  the date of that amendment at its source
 * @param patterns   role, abuse type, ages, serial count, review hold and MAPPA prompt; NONE when there are none
 */
public record Alert(
        String alertId,
        AlertKind kind,
        AlertStatus status,
        String band,
        Instant createdAt,
        String otherForce,
        String queryId,
        String hitId,
        String referralId,
        String hearingId,
        Forum heardForum,
        LocalDate heardOn,
        String heardReference,
        Forum referralForum,
        LocalDate referredOn,
        String referralReference,
        Contact contact,
        RiskScore score,
        boolean repeat,
        boolean escalation,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String actionCode,
        String actionNote,
        CircumstanceNotice circumstance,
        Amendment amendment,
        LocalDate amendedOn,
        AlertPatterns patterns) {

    public Alert {
        patterns = patterns == null ? AlertPatterns.NONE : patterns;
        List<String> missing = new ArrayList<>();
        missingIfNull(missing, "alertId", alertId);
        missingIfNull(missing, "kind", kind);
        missingIfNull(missing, "status", status);
        missingIfNull(missing, "band", band);
        missingIfNull(missing, "createdAt", createdAt);
        missingIfNull(missing, "otherForce", otherForce);
        if (kind == AlertKind.CIRCUMSTANCE_CHANGE) {
            missingIfNull(missing, "circumstance", circumstance);
        } else {
            missingIfNull(missing, "heardForum", heardForum);
            missingIfNull(missing, "heardOn", heardOn);
            missingIfNull(missing, "heardReference", heardReference);
            missingIfNull(missing, "referralForum", referralForum);
            missingIfNull(missing, "referredOn", referredOn);
            missingIfNull(missing, "referralReference", referralReference);
        }
        missingIfNull(missing, "contact", contact);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("an alert needs " + String.join(", ", missing));
        }
    }

    /**
     * At the referring force: a hit from another force for one of our referrals.
     *
     * @param status OPEN for a match, REVIEW for a possible match ({@link BandAction})
     */
    static Alert priorHearingElsewhere(
            String alertId,
            AlertStatus status,
            Instant createdAt,
            String queryId,
            HearingRepository.StoredReferral referral,
            Hit hit,
            RiskFlags flags,
            AlertPatterns patterns) {
        return builder()
                .patterns(patterns)
                .alertId(alertId)
                .kind(AlertKind.PRIOR_HEARING_ELSEWHERE)
                .status(status)
                .band(hit.band())
                .createdAt(createdAt)
                .otherForce(hit.holder())
                .queryId(queryId)
                .hitId(hit.hitId())
                .referralId(referral.referralId())
                .heard(hit.forum(), hit.heardOn(), hit.reference())
                .referral(referral.forum(), referral.referredOn(), referral.reference())
                .contact(hit.contact())
                .score(hit.score())
                .flags(flags)
                .build();
    }

    /**
     * At the holding force: another force's CrossAreaAlert about one of our hearings. Always OPEN: the sender
     * confirmed the match before telling us.
     *
     * @param sender        the force where the person was referred
     * @param correlationId the query the hit answered
     */
    static Alert referredElsewhere(
            String alertId,
            Instant createdAt,
            String sender,
            String correlationId,
            HearingRepository.StoredHearing hearing,
            ReferralElsewhere referral,
            RiskFlags flags) {
        return builder()
                .alertId(alertId)
                .kind(AlertKind.REFERRED_ELSEWHERE)
                .status(AlertStatus.OPEN)
                .band(referral.band())
                .createdAt(createdAt)
                .otherForce(sender)
                .queryId(correlationId)
                .hitId(referral.hitId())
                .hearingId(hearing.hearingId())
                .heard(hearing.forum(), hearing.heardOn(), hearing.reference())
                .referral(referral.forum(), referral.referredOn(), referral.reference())
                .contact(referral.contact())
                .score(hearing.score())
                .flags(flags)
                .build();
    }

    /**
     * A change of circumstance that concerns this force, always for an officer's review first.
     *
     * @param notifiedBy the force the person notified (this force, when it raises the alert itself)
     * @param band       the best band of this force's hearing index for the person, or NONE
     */
    static Alert circumstanceChange(
            String alertId,
            Instant createdAt,
            String notifiedBy,
            String band,
            Contact contact,
            CircumstanceNotice notice) {
        return builder()
                .alertId(alertId)
                .kind(AlertKind.CIRCUMSTANCE_CHANGE)
                .status(AlertStatus.REVIEW)
                .band(band)
                .createdAt(createdAt)
                .otherForce(notifiedBy)
                .queryId(notice.notificationId())
                .contact(contact)
                .circumstance(notice)
                .build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Never the action note: it is free text a coordinator wrote. */
    @Override
    public String toString() {
        return "Alert[" + alertId + ", " + kind + ", " + status + "]";
    }

    private static void missingIfNull(List<String> missing, String name, Object value) {
        if (value == null) {
            missing.add(name);
        }
    }

    /** Builds an alert by name; {@link #build()} refuses one without a field that every alert has. */
    static final class Builder {
        private String alertId;
        private AlertKind kind;
        private AlertStatus status;
        private String band;
        private Instant createdAt;
        private String otherForce;
        private String queryId;
        private String hitId;
        private String referralId;
        private String hearingId;
        private Forum heardForum;
        private LocalDate heardOn;
        private String heardReference;
        private Forum referralForum;
        private LocalDate referredOn;
        private String referralReference;
        private Contact contact;
        private RiskScore score;
        private boolean repeat;
        private boolean escalation;
        private String acknowledgedBy;
        private Instant acknowledgedAt;
        private String actionCode;
        private String actionNote;
        private CircumstanceNotice circumstance;
        private Amendment amendment;
        private LocalDate amendedOn;
        private AlertPatterns patterns;

        private Builder() {}

        Builder circumstance(CircumstanceNotice circumstance) {
            this.circumstance = circumstance;
            return this;
        }

        Builder alertId(String alertId) {
            this.alertId = alertId;
            return this;
        }

        Builder kind(AlertKind kind) {
            this.kind = kind;
            return this;
        }

        Builder status(AlertStatus status) {
            this.status = status;
            return this;
        }

        Builder band(String band) {
            this.band = band;
            return this;
        }

        Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        Builder otherForce(String otherForce) {
            this.otherForce = otherForce;
            return this;
        }

        Builder queryId(String queryId) {
            this.queryId = queryId;
            return this;
        }

        Builder hitId(String hitId) {
            this.hitId = hitId;
            return this;
        }

        Builder referralId(String referralId) {
            this.referralId = referralId;
            return this;
        }

        Builder hearingId(String hearingId) {
            this.hearingId = hearingId;
            return this;
        }

        /** The hearing: its forum, date and the holding force's reference. */
        Builder heard(Forum forum, LocalDate on, String reference) {
            this.heardForum = forum;
            this.heardOn = on;
            this.heardReference = reference;
            return this;
        }

        /** The referral: its forum, date and the referring force's reference. */
        Builder referral(Forum forum, LocalDate on, String reference) {
            this.referralForum = forum;
            this.referredOn = on;
            this.referralReference = reference;
            return this;
        }

        Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        Builder score(RiskScore score) {
            this.score = score;
            return this;
        }

        Builder flags(RiskFlags flags) {
            return flags(flags.repeat(), flags.escalation());
        }

        Builder flags(boolean repeat, boolean escalation) {
            this.repeat = repeat;
            this.escalation = escalation;
            return this;
        }

        /** What a coordinator recorded: by whom, when, the action code and the free-text note (may be null). */
        Builder acknowledged(String by, Instant at, String actionCode, String actionNote) {
            this.acknowledgedBy = by;
            this.acknowledgedAt = at;
            this.actionCode = actionCode;
            this.actionNote = actionNote;
            return this;
        }

        /** The last amendment of the record behind the alert, and its date (both null for none). */
        Builder amended(Amendment amendment, LocalDate on) {
            this.amendment = amendment;
            this.amendedOn = on;
            return this;
        }

        Alert build() {
            return new Alert(
                    alertId,
                    kind,
                    status,
                    band,
                    createdAt,
                    otherForce,
                    queryId,
                    hitId,
                    referralId,
                    hearingId,
                    heardForum,
                    heardOn,
                    heardReference,
                    referralForum,
                    referredOn,
                    referralReference,
                    contact,
                    score,
                    repeat,
                    escalation,
                    acknowledgedBy,
                    acknowledgedAt,
                    actionCode,
                    actionNote,
                    circumstance,
                    amendment,
                    amendedOn,
                    patterns);
        }

        Builder patterns(AlertPatterns patterns) {
            this.patterns = patterns;
            return this;
        }
    }
}
