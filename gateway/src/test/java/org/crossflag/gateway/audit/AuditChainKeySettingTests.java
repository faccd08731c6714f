package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The audit chain key file: a node without a usable one does not start, and the error names the setting. */
@ExtendWith(OutputCaptureExtension.class)
class AuditChainKeySettingTests {

    @TempDir
    Path dir;

    @Test
    void absentFileIsNamed() {
        assertThatThrownBy(() -> AuditChainKey.read(dir.resolve("absent.key")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.audit.chain-key: cannot read");
    }

    @Test
    void keyShorterThan32BytesIsRefused() throws Exception {
        Path file =
                Files.writeString(dir.resolve("short.key"), Base64.getEncoder().encodeToString(new byte[31]));

        assertThatThrownBy(() -> AuditChainKey.read(file))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.audit.chain-key: ")
                .hasMessageContaining("holds 31 bytes, at least 32 are needed");
    }

    @Test
    void fileThatIsNotBase64IsRefusedWithoutRepeatingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("text.key"), "correct horse battery staple, not base64!");

        assertThatThrownBy(() -> AuditChainKey.read(file))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.audit.chain-key: ")
                .hasMessageContaining("not base64")
                .hasMessageNotContaining("horse");
    }

    @Test
    void thirtyTwoRandomBytesKeyTheChainAndAnotherKeyGivesAnotherHash() throws Exception {
        Path one = NodeFixture.writeAuditChainKey(dir.resolve("one.key"));
        Path two = NodeFixture.writeAuditChainKey(dir.resolve("two.key"));
        AuditEntry entry = AuditSamples.create(
                1,
                java.time.Instant.parse("2026-11-22T09:30:00Z"),
                AuditSamples.NODE,
                AuditSamples.event(1),
                AuditEntryHash.GENESIS);

        assertThat(AuditEntryHash.keyed(entry, AuditChainKey.read(one)))
                .hasSize(32)
                .isNotEqualTo(AuditEntryHash.keyed(entry, AuditChainKey.read(two)))
                .isNotEqualTo(AuditEntryHash.compute(entry));
    }

    @Test
    void nodeWithoutTheSettingDoesNotStartAndNamesIt(CapturedOutput output) throws Exception {
        List<String> args = new NodeFixture(dir).nodeArguments();
        args.removeIf(arg -> arg.startsWith("--crossflag.audit.chain-key="));

        assertThatThrownBy(() -> new SpringApplicationBuilder(CrossflagApplication.class)
                        .run(args.toArray(String[]::new))
                        .close())
                .isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START").contains("crossflag.audit.chain");
    }
}
