package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class PolicyReloadTests {

    static final String POLICY = """
            agreements:
              - id: EASTERN-MARAC
                members: [GB-KNT]
                messageTypes: [PriorHearingQuery]
                purposes: [MARAC_SAFEGUARDING]
                legalBases: [CRIME_AND_DISORDER_ACT_1998_S115]
                roles: [MARAC_COORDINATOR]
                consentStates: [GIVEN]
            """;

    @TempDir
    Path dir;

    final AuditTrail audit = mock(AuditTrail.class);

    @Test
    void aChangedFileThatLoadsIsPutInForceAndAudited() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yml"), POLICY);
        CurrentPolicy policy = CurrentPolicy.load(file);
        PolicyReload reload = new PolicyReload(policy, audit);

        reload.run();
        verify(audit, never()).record(any());

        Files.writeString(file, POLICY.replace("members: [GB-KNT]", "members: [GB-KNT, GB-ESX]"));
        reload.run();
        reload.run();

        assertThat(policy.get().agreements().get(0).members()).containsExactlyInAnyOrder("GB-KNT", "GB-ESX");
        assertThat(recorded()).isEqualTo(AuditEvent.of(AuditAction.POLICY_RELOADED, "RELOADED"));
    }

    @Test
    void aChangedFileThatDoesNotLoadIsLoggedOnceWithTheLineAndAuditedAndThePolicyStays(CapturedOutput output)
            throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yml"), POLICY);
        CurrentPolicy policy = CurrentPolicy.load(file);
        DataSharingPolicy inForce = policy.get();
        PolicyReload reload = new PolicyReload(policy, audit);

        Files.writeString(file, POLICY.replace("roles: [MARAC_COORDINATOR]", "roles: [CHIEF_CONSTABLE]"));
        reload.run();
        reload.run();

        assertThat(policy.get()).isSameAs(inForce);
        assertThat(recorded())
                .isEqualTo(AuditEvent.of(AuditAction.POLICY_RELOAD_REFUSED, "REFUSED")
                        .withReason("POLICY_FILE_INVALID"));
        assertThat(output.getAll().lines().filter(line -> line.contains("Policy reload refused")))
                .singleElement()
                .asString()
                .contains("WARN")
                .contains("file=" + file)
                .contains("line=7")
                .contains("entry=agreements[0].roles[0]");
        assertThat(policy.lastReload().result()).isEqualTo(CurrentPolicy.Reload.Result.REFUSED);
    }

    @Test
    void aFileThatDisappearsIsRefusedOnceAndThePolicyStays() throws Exception {
        Path file = Files.writeString(dir.resolve("policy.yml"), POLICY);
        CurrentPolicy policy = CurrentPolicy.load(file);
        PolicyReload reload = new PolicyReload(policy, audit);

        Files.delete(file);
        reload.run();
        reload.run();

        assertThat(policy.get().agreements()).hasSize(1);
        assertThat(recorded().action()).isEqualTo(AuditAction.POLICY_RELOAD_REFUSED);
    }

    @Test
    void aNodeWithoutAPolicyFileHasNothingToReload() {
        CurrentPolicy policy = CurrentPolicy.denyAll();

        new PolicyReload(policy, audit).run();

        assertThat(policy.lastReload()).isNull();
        verify(audit, never()).record(any());
    }

    /** The one event recorded. */
    private AuditEvent recorded() {
        ArgumentCaptor<AuditEvent> event = ArgumentCaptor.forClass(AuditEvent.class);
        verify(audit, times(1)).record(event.capture());
        return event.getValue();
    }
}
