package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.policy.DataSharingPolicy.Direction;
import org.crossflag.gateway.quota.InMemoryQuotaCounter;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the data-sharing policy, one row each: the policy file, what happens first (earlier requests, a
 * later day, a reload), the request, and the decision expected. Plain Java: the real file reader, the real quota
 * rule counting in memory on a controllable clock.
 */
class PolicyRulesTableTests {

    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    /** Line 7 is the first agreement's purposes; the bad-reload row spoils it. */
    static final String POLICY = """
            groups:
              eastern-region: [GB-ESX, GB-KNT]
            agreements:
              - id: EASTERN-MARAC
                members: [group:eastern-region]
                messageTypes: [PriorHearingQuery, PriorHearingAnswer]
                purposes: [MARAC_SAFEGUARDING]
                legalBases: [CRIME_AND_DISORDER_ACT_1998_S115]
                dataCategories: [HEARING_FLAG]
                roles: [MARAC_COORDINATOR, INTEGRATION_SERVICE]
                consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                rateLimit: { requests: 2, per: PT1H }
                validUntil: 2027-03-31
              - id: SUFFOLK-PANELS
                members: [GB-SFK]
                messageTypes: [PriorHearingQuery]
                directions: [SEND]
                purposes: [PANEL_TASKING]
                legalBases: [COMMON_LAW_POLICING_PURPOSE]
                roles: [PANEL_COORDINATOR]
                consentStates: [REFUSED_OVERRIDDEN]
                overrideNeedsJustification: false
            """;

    static final Envelope.Requester COORDINATOR =
            new Envelope.Requester("KNT-MARAC-01", RequesterRole.MARAC_COORDINATOR);
    static final Envelope.Requester OTHER_COORDINATOR =
            new Envelope.Requester("KNT-MARAC-02", RequesterRole.MARAC_COORDINATOR);
    static final Envelope.Requester PANEL = new Envelope.Requester("SFK-PANEL-01", RequesterRole.PANEL_COORDINATOR);

    @TempDir
    Path dir;

    static Stream<Row> rows() {
        return Stream.of(
                // Deny by default
                row("no agreements at all: deny by default", "agreements: []", query())
                        .denied(PolicyReason.NO_AGREEMENT),
                // Peers and peer groups
                row("a peer no agreement names", POLICY, query().to("GB-NFK")).denied(PolicyReason.NO_AGREEMENT),
                row("a peer in a group the agreement names", POLICY, query().to("GB-KNT"))
                        .allowedBy("EASTERN-MARAC"),
                row("another peer of the same group", POLICY, query().to("GB-ESX"))
                        .allowedBy("EASTERN-MARAC"),
                row("a peer the agreement names itself", POLICY, panelQuery()).allowedBy("SUFFOLK-PANELS"),
                // Message type and direction
                row(
                                "a message type no agreement with the peer covers",
                                POLICY,
                                query().type(MessageType.CROSS_AREA_ALERT))
                        .denied(PolicyReason.NO_AGREEMENT),
                row("a direction the agreement leaves out", POLICY, panelQuery().receiving())
                        .denied(PolicyReason.NO_AGREEMENT),
                // Purpose
                row("a purpose the agreement leaves out", POLICY, query().purpose(Purpose.PANEL_TASKING))
                        .denied(PolicyReason.PURPOSE_NOT_AGREED, "EASTERN-MARAC"),
                // Legal basis
                row(
                                "a legal basis the agreement leaves out",
                                POLICY,
                                query().legalBasis(LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT))
                        .denied(PolicyReason.LEGAL_BASIS_NOT_AGREED, "EASTERN-MARAC"),
                row("no legal basis, refused before any agreement is read", POLICY, query().legalBasis(null))
                        .denied(PolicyReason.LEGAL_BASIS_MISSING),
                row(
                                "no legal basis, even to a peer without an agreement",
                                POLICY,
                                query().to("GB-NFK").legalBasis(null))
                        .denied(PolicyReason.LEGAL_BASIS_MISSING),
                // Consent
                row("no consent state, refused before any agreement is read", POLICY, query().consent(null, null))
                        .denied(PolicyReason.CONSENT_STATE_MISSING),
                row(
                                "a consent state the agreement leaves out",
                                POLICY,
                                panelQuery().consent(ConsentState.GIVEN, null))
                        .denied(PolicyReason.CONSENT_STATE_NOT_AGREED, "SUFFOLK-PANELS"),
                row(
                                "an override without a justification, which the agreement wants by default",
                                POLICY,
                                query().consent(ConsentState.REFUSED_OVERRIDDEN, null))
                        .denied(PolicyReason.CONSENT_OVERRIDE_UNJUSTIFIED, "EASTERN-MARAC"),
                row(
                                "an override with a blank justification",
                                POLICY,
                                query().consent(ConsentState.REFUSED_OVERRIDDEN, "  "))
                        .denied(PolicyReason.CONSENT_OVERRIDE_UNJUSTIFIED, "EASTERN-MARAC"),
                row(
                                "an override with a justification",
                                POLICY,
                                query().consent(ConsentState.REFUSED_OVERRIDDEN, "Risk to life outweighs the refusal"))
                        .allowedBy("EASTERN-MARAC"),
                row("an override without a justification, which the agreement does not want", POLICY, panelQuery())
                        .allowedBy("SUFFOLK-PANELS"),
                // Role and data category
                row(
                                "a requester role the agreement leaves out",
                                POLICY,
                                query().requester(new Envelope.Requester("KNT-DVDS-01", RequesterRole.DVDS_OFFICER)))
                        .denied(PolicyReason.ROLE_NOT_AGREED, "EASTERN-MARAC"),
                row(
                                "a data category the agreement leaves out",
                                POLICY,
                                query().categories(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS))
                        .denied(PolicyReason.DATA_CATEGORY_NOT_AGREED, "EASTERN-MARAC"),
                // Validity
                row("the day after the agreement ends", POLICY, query())
                        .after("the clock reaches 2027-04-01", f -> f.clock.set(Instant.parse("2027-04-01T00:00:00Z")))
                        .denied(PolicyReason.AGREEMENT_EXPIRED, "EASTERN-MARAC"),
                // Rate limit: 2 per hour, per agreement, member and officer
                row("a third request in the hour", POLICY, query())
                        .after("two allowed requests", f -> f.decideTimes(2, query()))
                        .denied(PolicyReason.RATE_LIMITED, "EASTERN-MARAC"),
                row("the second request in the hour", POLICY, query())
                        .after("one allowed request", f -> f.decideTimes(1, query()))
                        .allowedBy("EASTERN-MARAC"),
                row("another officer has a count of their own", POLICY, query().requester(OTHER_COORDINATOR))
                        .after("two requests by the first officer", f -> f.decideTimes(2, query()))
                        .allowedBy("EASTERN-MARAC"),
                row("another member has a count of its own", POLICY, query().to("GB-ESX"))
                        .after("two requests to Kent", f -> f.decideTimes(2, query()))
                        .allowedBy("EASTERN-MARAC"),
                row("a new window starts after the hour", POLICY, query())
                        .after("two requests, then an hour", f -> {
                            f.decideTimes(2, query());
                            f.clock.advance(Duration.ofHours(1));
                        })
                        .allowedBy("EASTERN-MARAC"),
                row("requests refused for another reason are not counted", POLICY, query())
                        .after(
                                "three requests for a purpose not agreed",
                                f -> f.decideTimes(3, query().purpose(Purpose.PANEL_TASKING)))
                        .allowedBy("EASTERN-MARAC"),
                // Reload
                row("a good reload changes the decision", POLICY, query().purpose(Purpose.PANEL_TASKING))
                        .after(
                                "the purposes gain PANEL_TASKING",
                                f -> f.reload(
                                        POLICY.replace(
                                                "purposes: [MARAC_SAFEGUARDING]",
                                                "purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]"),
                                        CurrentPolicy.Reload.Result.RELOADED,
                                        0))
                        .allowedBy("EASTERN-MARAC"),
                row("a bad reload keeps the policy in force", POLICY, query().purpose(Purpose.PANEL_TASKING))
                        .after(
                                "the purposes gain GOSSIP, on line 7",
                                f -> f.reload(
                                        POLICY.replace(
                                                "purposes: [MARAC_SAFEGUARDING]", "purposes: [PANEL_TASKING, GOSSIP]"),
                                        CurrentPolicy.Reload.Result.REFUSED,
                                        7))
                        .denied(PolicyReason.PURPOSE_NOT_AGREED, "EASTERN-MARAC"),
                row("a reload of the same file changes nothing", POLICY, query())
                        .after(
                                "the file is written again as it was",
                                f -> f.reload(POLICY, CurrentPolicy.Reload.Result.UNCHANGED, 0))
                        .allowedBy("EASTERN-MARAC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theDecisionIsTheOneTheRowExpects(Row row) throws Exception {
        Fixture fixture = new Fixture(Files.writeString(dir.resolve("policy.yml"), row.policy()));
        row.before().apply(fixture);

        PolicyDecision decision = fixture.rules.decide(row.request().build());

        assertThat(decision).isEqualTo(new PolicyDecision(row.reason() == null, row.reason(), row.agreementId()));
        assertThat(decision.reasonCode())
                .isEqualTo(row.reason() == null ? null : row.reason().wire());
    }

    // --- the table's vocabulary

    static Row row(String name, String policy, Ask request) {
        return new Row(name, policy, f -> {}, request, null, null);
    }

    /** A MARAC coordinator in Kent asks about a hearing flag, under s.115 with consent given. */
    static Ask query() {
        return new Ask();
    }

    /** A Suffolk panel coordinator asks, for panel tasking, with an overridden refusal and no justification. */
    static Ask panelQuery() {
        return new Ask()
                .to("GB-SFK")
                .purpose(Purpose.PANEL_TASKING)
                .legalBasis(LegalBasis.COMMON_LAW_POLICING_PURPOSE)
                .requester(PANEL)
                .consent(ConsentState.REFUSED_OVERRIDDEN, null)
                .categories();
    }

    interface Step {
        void apply(Fixture fixture) throws Exception;
    }

    record Row(String name, String policy, Step before, Ask request, PolicyReason reason, String agreementId) {

        Row after(String what, Step step) {
            return new Row(name + " (after " + what + ")", policy, step, request, reason, agreementId);
        }

        Row allowedBy(String agreement) {
            return new Row(name, policy, before, request, null, agreement);
        }

        Row denied(PolicyReason why) {
            return denied(why, null);
        }

        Row denied(PolicyReason why, String closestAgreement) {
            return new Row(name, policy, before, request, why, closestAgreement);
        }

        @Override
        public String toString() {
            return name + " -> " + (reason == null ? "ALLOWED by " + agreementId : "DENIED " + reason.wire());
        }
    }

    /** The policy engine over a policy file, a stopped clock and an in-memory quota count. */
    static final class Fixture {

        final Path file;
        final MutableClock clock = MutableClock.stoppedAt(NOW);
        final InMemoryQuotaCounter counter = new InMemoryQuotaCounter(clock);
        final CurrentPolicy policy;
        final PolicyRules rules;

        Fixture(Path file) {
            this.file = file;
            this.policy = CurrentPolicy.load(file);
            RateLimiter limiter = (agreementId, member, requester, limit) ->
                    counter.use(agreementId + ":" + member + ":" + requester.officerId(), limit);
            this.rules = new PolicyRules(policy, limiter, clock);
        }

        void decideTimes(int times, Ask request) {
            for (int i = 0; i < times; i++) {
                rules.decide(request.build());
            }
        }

        void reload(String yaml, CurrentPolicy.Reload.Result expected, int problemLine) throws Exception {
            Files.writeString(file, yaml);
            CurrentPolicy.Reload reload = policy.reloadIfChanged();
            assertThat(reload.result()).isEqualTo(expected);
            if (expected == CurrentPolicy.Reload.Result.REFUSED) {
                assertThat(reload.problem().line()).isEqualTo(problemLine);
                assertThat(reload.problem().entry()).isEqualTo("agreements[0].purposes[1]");
                assertThat(reload.problem()).hasMessageStartingWith(file + " line " + problemLine + ": ");
                assertThat(policy.lastReload()).isSameAs(reload);
            }
        }
    }

    /** A request as {@link PolicyRequest#sending} makes it, with one thing changed at a time. */
    static final class Ask {

        private Direction direction = Direction.SEND;
        private String member = "GB-KNT";
        private MessageType type = MessageType.PRIOR_HEARING_QUERY;
        private Purpose purpose = Purpose.MARAC_SAFEGUARDING;
        private LegalBasis legalBasis = LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115;
        private Envelope.Requester requester = COORDINATOR;
        private ConsentState consent = ConsentState.GIVEN;
        private String justification;
        private List<DataCategory> categories = List.of(DataCategory.HEARING_FLAG);

        Ask to(String member) {
            this.member = member;
            return this;
        }

        Ask receiving() {
            this.direction = Direction.RECEIVE;
            return this;
        }

        Ask type(MessageType type) {
            this.type = type;
            return this;
        }

        Ask purpose(Purpose purpose) {
            this.purpose = purpose;
            return this;
        }

        Ask legalBasis(LegalBasis legalBasis) {
            this.legalBasis = legalBasis;
            return this;
        }

        Ask requester(Envelope.Requester requester) {
            this.requester = requester;
            return this;
        }

        Ask consent(ConsentState consent, String justification) {
            this.consent = consent;
            this.justification = justification;
            return this;
        }

        Ask categories(DataCategory... categories) {
            this.categories = List.of(categories);
            return this;
        }

        PolicyRequest build() {
            return new PolicyRequest(
                    direction,
                    member,
                    type,
                    purpose,
                    legalBasis,
                    requester,
                    consent,
                    justification != null && !justification.isBlank(),
                    categories,
                    null);
        }
    }
}
