package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.crossflag.adapter.ConsentState;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.quota.QuotaRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Load errors name the line of the entry at fault; groups, legal bases, overrides and rate limits are read. */
class PolicyFileLineTests {

    static final String POLICY = """
            # Eastern region
            groups:
              eastern-region: [GB-ESX, GB-KNT]
            agreements:
              - id: EASTERN-MARAC
                members:
                  - group:eastern-region
                  - GB-SFK
                messageTypes: [PriorHearingQuery]
                purposes: [MARAC_SAFEGUARDING]
                legalBases: [CRIME_AND_DISORDER_ACT_1998_S115]
                roles: [MARAC_COORDINATOR]
                consentStates: [GIVEN, REFUSED_OVERRIDDEN]
                overrideNeedsJustification: false
                rateLimit: { requests: 30, per: PT1H }
            """;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "line {3}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "- GB-SFK | - Suffolk | agreements[0].members[1] | 8 | Suffolk is not a member code or *",
                "- group:eastern-region | - group:western-region | agreements[0].members[0] | 7"
                        + " | group:western-region is not a group of this file, one of [group:eastern-region]",
                "[GB-ESX, GB-KNT] | [GB-ESX, \"*\"] | groups.eastern-region[1] | 3 | * is not a member code",
                "eastern-region: | eastern region!: | groups.eastern region! | 3 | eastern region! is not a group name",
                "legalBases: [CRIME_AND_DISORDER_ACT_1998_S115] | legalBases: [GOOD_REASONS]"
                        + " | agreements[0].legalBases[0] | 11 | GOOD_REASONS is not a legal basis, one of [DPA2018_",
                "legalBases: [CRIME_AND_DISORDER_ACT_1998_S115] | # no legal bases | agreements[0].legalBases | 5"
                        + " | required, a non-empty list",
                "overrideNeedsJustification: false | overrideNeedsJustification: sometimes"
                        + " | agreements[0].overrideNeedsJustification | 14 | sometimes is not true or false",
                "requests: 30 | requests: 0 | agreements[0].rateLimit.requests | 15 | required, a whole number",
                "requests: 30 | requests: lots | agreements[0].rateLimit.requests | 15 | required, a whole number",
                "per: PT1H | per: hourly | agreements[0].rateLimit.per | 15 | required, a positive ISO-8601 duration",
                "per: PT1H | per: PT0S | agreements[0].rateLimit.per | 15 | required, a positive ISO-8601 duration",
                "per: PT1H | every: PT1H | agreements[0].rateLimit.every | 15 | unknown key",
                "groups: | teams: | teams | 2 | unknown key",
            })
    void aBadEntryIsNamedWithItsLine(String good, String bad, String entry, int line, String problem) {
        String yaml = POLICY.replace(good, bad);
        assertThat(yaml).as("the fixture has the entry to spoil").isNotEqualTo(POLICY);

        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(PolicyFile.InvalidPolicyException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.entry()).isEqualTo(entry);
                })
                .hasMessageStartingWith(file() + " line " + line + ": " + entry + ": " + problem);
    }

    @Test
    void yamlThatDoesNotParseIsNamedWithTheLine() {
        assertThatThrownBy(() -> read(POLICY.replace("roles: [MARAC_COORDINATOR]", "roles: [MARAC_COORDINATOR")))
                .isInstanceOfSatisfying(
                        PolicyFile.InvalidPolicyException.class,
                        e -> assertThat(e.line()).isBetween(12, 13))
                .hasMessageContaining("cannot be read as YAML");
    }

    @Test
    void aFileThatCannotBeReadHasNoLine() {
        assertThatThrownBy(() -> PolicyFile.read(dir.resolve("missing.yml")))
                .isInstanceOfSatisfying(
                        PolicyFile.InvalidPolicyException.class,
                        e -> assertThat(e.line()).isZero())
                .hasMessage(dir.resolve("missing.yml") + ": the file cannot be read: NoSuchFileException");
    }

    @Test
    void groupsAreExpandedAndTheOtherTermsRead() throws Exception {
        SharingAgreement agreement = read(POLICY).agreements().get(0);

        assertThat(agreement.members()).containsExactlyInAnyOrder("GB-ESX", "GB-KNT", "GB-SFK");
        assertThat(agreement.legalBases()).containsExactly(LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115);
        assertThat(agreement.consentStates())
                .containsExactlyInAnyOrder(ConsentState.GIVEN, ConsentState.REFUSED_OVERRIDDEN);
        assertThat(agreement.overrideNeedsJustification()).isFalse();
        assertThat(agreement.rateLimit()).isEqualTo(new QuotaRule(30, Duration.ofHours(1)));
    }

    @Test
    void anOverrideNeedsAJustificationAndThereIsNoRateLimitUnlessTheFileSaysOtherwise() throws Exception {
        SharingAgreement agreement = read(POLICY.replace("    overrideNeedsJustification: false\n", "")
                        .replace("    rateLimit: { requests: 30, per: PT1H }\n", ""))
                .agreements()
                .get(0);

        assertThat(agreement.overrideNeedsJustification()).isTrue();
        assertThat(agreement.rateLimit()).isNull();
    }

    @Test
    void theDemoPolicyLoads() {
        DataSharingPolicy demo = PolicyFile.read(Path.of("../demo/policy/example-region.yml"));

        assertThat(demo.agreements())
                .extracting(SharingAgreement::id)
                .containsExactly(
                        "EXAMPLE-EASTERN-REGION-HEARING-FLAGS",
                        "EXAMPLE-EASTERN-REGION-DVDS",
                        "EXAMPLE-EASTERN-REGION-CIRCUMSTANCE-CHANGES");
        for (SharingAgreement agreement : demo.agreements()) {
            assertThat(agreement.members()).containsExactlyInAnyOrder("GB-ESX", "GB-KNT", "GB-SFK");
            assertThat(agreement.legalBases()).isNotEmpty();
        }
    }

    private DataSharingPolicy read(String yaml) throws Exception {
        Files.writeString(file(), yaml);
        return PolicyFile.read(file());
    }

    private Path file() {
        return dir.resolve("policy.yml");
    }
}
