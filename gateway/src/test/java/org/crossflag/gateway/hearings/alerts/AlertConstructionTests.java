package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.Officer;
import org.crossflag.gateway.hearings.records.RiskFlags;
import org.junit.jupiter.api.Test;

class AlertConstructionTests {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:05Z");
    static final Contact ESSEX = new Contact("Essex MARAC coordinator", "01632 960100", "marac@esx.police.example");
    static final Contact SUFFOLK = new Contact("Suffolk MARAC coordinator", "01632 960200", null);
    static final RiskScore DASH = new RiskScore("DASH", "2009", "17");
    static final HearingRepository.StoredReferral REFERRAL = new HearingRepository.StoredReferral(
            "r-1",
            "MARAC-SFK-2026-1187",
            Forum.MARAC,
            LocalDate.of(2026, 11, 20),
            "p-1",
            SUFFOLK,
            new Officer("SFK-4411", RequesterRole.MARAC_COORDINATOR),
            new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null));
    static final Hit HIT = new Hit(
            "h-1", "GB-ESX", Forum.MARAC, LocalDate.of(2026, 5, 14), "MARAC-ESX-2026-0412", ESSEX, "MATCH", DASH);

    @Test
    void aPriorHearingElsewhereTellsOfTheHitAndOurReferral() {
        Alert alert = Alert.priorHearingElsewhere(
                "a-1", AlertStatus.OPEN, NOW, "q-1", REFERRAL, HIT, new RiskFlags(true, false), AlertPatterns.NONE);

        assertThat(alert.kind()).isEqualTo(AlertKind.PRIOR_HEARING_ELSEWHERE);
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.band()).isEqualTo("MATCH");
        assertThat(alert.otherForce()).isEqualTo("GB-ESX");
        assertThat(alert.queryId()).isEqualTo("q-1");
        assertThat(alert.hitId()).isEqualTo("h-1");
        assertThat(alert.referralId()).isEqualTo("r-1");
        assertThat(alert.hearingId()).isNull();
        assertThat(alert.heardForum()).isEqualTo(Forum.MARAC);
        assertThat(alert.heardOn()).isEqualTo(LocalDate.of(2026, 5, 14));
        assertThat(alert.heardReference()).isEqualTo("MARAC-ESX-2026-0412");
        assertThat(alert.referredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(alert.referralReference()).isEqualTo("MARAC-SFK-2026-1187");
        assertThat(alert.contact())
                .as("whom to call is the holder's coordinator")
                .isEqualTo(ESSEX);
        assertThat(alert.score()).isEqualTo(DASH);
        assertThat(alert.repeat()).isTrue();
        assertThat(alert.escalation()).isFalse();
        assertThat(alert.acknowledgedBy()).isNull();
        assertThat(alert.actionNote()).isNull();
    }

    @Test
    void aReferralElsewhereIsOpenAndTellsOfOurHearingAndTheirReferral() {
        HearingRepository.StoredHearing hearing = new HearingRepository.StoredHearing(
                "he-1", "MARAC-ESX-2026-0412", Forum.MARAC, LocalDate.of(2026, 5, 14), "p-9", ESSEX, DASH);
        ReferralElsewhere referral = new ReferralElsewhere(
                "h-1", "MATCH", Forum.MARAC, LocalDate.of(2026, 11, 20), "MARAC-SFK-2026-1187", SUFFOLK);

        Alert alert =
                Alert.referredElsewhere("a-2", NOW, "GB-SFK", "q-1", hearing, referral, new RiskFlags(false, true));

        assertThat(alert.kind()).isEqualTo(AlertKind.REFERRED_ELSEWHERE);
        assertThat(alert.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(alert.otherForce()).isEqualTo("GB-SFK");
        assertThat(alert.queryId()).isEqualTo("q-1");
        assertThat(alert.hitId()).isEqualTo("h-1");
        assertThat(alert.hearingId()).isEqualTo("he-1");
        assertThat(alert.referralId()).isNull();
        assertThat(alert.heardReference()).isEqualTo("MARAC-ESX-2026-0412");
        assertThat(alert.referralReference()).isEqualTo("MARAC-SFK-2026-1187");
        assertThat(alert.contact())
                .as("whom to call is the referring force's coordinator")
                .isEqualTo(SUFFOLK);
        assertThat(alert.score()).isEqualTo(DASH);
        assertThat(alert.repeat()).isFalse();
        assertThat(alert.escalation()).isTrue();
    }

    @Test
    void anAlertWithoutAFieldEveryAlertHasIsRefusedNamingWhatIsMissing() {
        assertThatThrownBy(() -> Alert.builder()
                        .alertId("a-3")
                        .kind(AlertKind.PRIOR_HEARING_ELSEWHERE)
                        .status(AlertStatus.OPEN)
                        .band("MATCH")
                        .createdAt(NOW)
                        .otherForce("GB-ESX")
                        .heard(Forum.MARAC, LocalDate.of(2026, 5, 14), "MARAC-ESX-2026-0412")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("an alert needs referralForum, referredOn, referralReference, contact");
        assertThatThrownBy(() -> Alert.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alertId, kind, status, band, createdAt, otherForce, heardForum");
    }

    @Test
    void theBuilderKeepsWhatACoordinatorRecorded() {
        Instant acknowledgedAt = NOW.plusSeconds(3600);
        Alert alert = Alert.builder()
                .alertId("a-4")
                .kind(AlertKind.PRIOR_HEARING_ELSEWHERE)
                .status(AlertStatus.ACKNOWLEDGED)
                .band("MATCH")
                .createdAt(NOW)
                .otherForce("GB-ESX")
                .heard(Forum.MARAC, LocalDate.of(2026, 5, 14), "MARAC-ESX-2026-0412")
                .referral(Forum.MARAC, LocalDate.of(2026, 11, 20), "MARAC-SFK-2026-1187")
                .contact(ESSEX)
                .acknowledged("SFK-4411", acknowledgedAt, "CONTACTED_HOLDING_FORCE", "Called Essex")
                .build();

        assertThat(alert.acknowledgedBy()).isEqualTo("SFK-4411");
        assertThat(alert.acknowledgedAt()).isEqualTo(acknowledgedAt);
        assertThat(alert.actionCode()).isEqualTo("CONTACTED_HOLDING_FORCE");
        assertThat(alert.actionNote()).isEqualTo("Called Essex");
        assertThat(alert.toString()).isEqualTo("Alert[a-4, PRIOR_HEARING_ELSEWHERE, ACKNOWLEDGED]");
    }
}
