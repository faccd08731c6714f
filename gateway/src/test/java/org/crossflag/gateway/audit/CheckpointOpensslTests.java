package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.MutableClock;
import org.crossflag.testsupport.Openssl;
import org.crossflag.testsupport.Openssl.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An auditor checks exported checkpoints with the real openssl binary, and nothing else. */
class CheckpointOpensslTests {

    @TempDir
    Path dir;

    NodeFixture fixture;
    NodeTestDatabase db;
    AuditRepository repository;
    AuditTrail trail;
    AuditCheckpointer checkpointer;

    @BeforeEach
    void node() throws Exception {
        fixture = new NodeFixture(dir.resolve("pki"));
        db = NodeTestDatabase.h2(dir);
        repository = new AuditRepository(db.jdbc);
        MutableClock clock = MutableClock.stoppedAt(fixture.now);
        checkpointer =
                AuditSamples.checkpointer(db, AuditSamples.signer(fixture), clock, Duration.ofMinutes(5), fixture);
        trail = AuditSamples.trail(db, checkpointer, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void exportedCheckpointVerifiesWithOpensslAndFailsAfterAOneByteChange() throws Exception {
        for (int n = 1; n <= 7; n++) {
            trail.record(AuditSamples.event(n));
            if (n % 3 == 0) {
                checkpointer.checkpoint();
            }
        }
        Path out = dir.resolve("export");
        assertThat(CheckpointFiles.write(repository.checkpoints(), out)).isEqualTo(2);
        assertThat(out.resolve("checkpoint-3.json")).exists();
        assertThat(out.resolve("checkpoint-6.sig")).hasSize(64);

        Openssl.run(
                        "x509",
                        "-in",
                        out.resolve("signing.pem").toString(),
                        "-pubkey",
                        "-noout",
                        "-out",
                        dir.resolve("pub.pem").toString())
                .requireSuccess();
        Result chain = Openssl.run(
                "verify",
                "-CAfile",
                fixture.caPem().toString(),
                out.resolve("signing.pem").toString());
        assertThat(chain.exitCode()).as(chain.output()).isZero();
        Result good = verifySignature(out, 6);
        assertThat(good.exitCode()).as(good.output()).isZero();
        assertThat(good.output()).contains("Signature Verified Successfully");

        byte[] json = Files.readAllBytes(out.resolve("checkpoint-6.json"));
        json[json.length - 5] ^= 1;
        Files.write(out.resolve("checkpoint-6.json"), json);
        Result bad = verifySignature(out, 6);
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.output()).contains("Signature Verification Failure");
    }

    @Test
    void checkpointsSignedBeforeAKeyChangeKeepTheirOwnCertificate() throws Exception {
        trail.record(AuditSamples.event(1));
        checkpointer.checkpoint();
        Instant now = fixture.now;
        Credential renewed = FederationPki.issueSigningCredential(
                fixture.ca, AuditSamples.NODE, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(400)));
        Path keystore = dir.resolve("renewed.p12");
        FederationPki.writePkcs12(
                keystore, "signing", NodeFixture.PASSWORD.toCharArray(), renewed.privateKey(), renewed.certificate());
        MessageSigner renewedSigner = new MessageSigner(org.crossflag.gateway.crypto.CertificateFiles.readKeyEntry(
                "k", keystore, NodeFixture.PASSWORD.toCharArray()));
        // The node's earlier certificate is listed (crossflag.audit.earlier-signing-certificates) after the rotation.
        AuditCheckpointer afterRenewal = AuditSamples.checkpointer(
                db, renewedSigner, MutableClock.stoppedAt(now), Duration.ofMinutes(5), fixture, renewed.certificate());
        trail.record(AuditSamples.event(2));
        assertThat(afterRenewal.checkpoint()).isEqualTo(2);

        Path out = dir.resolve("export");
        CheckpointFiles.write(repository.checkpoints(), out);
        assertThat(out.resolve("checkpoint-1.pem")).exists();
        assertThat(out.resolve("checkpoint-2.pem")).doesNotExist();
        Openssl.run(
                        "x509",
                        "-in",
                        out.resolve("checkpoint-1.pem").toString(),
                        "-pubkey",
                        "-noout",
                        "-out",
                        dir.resolve("pub.pem").toString())
                .requireSuccess();
        assertThat(verifySignature(out, 1).exitCode()).isZero();

        List<StoredCheckpoint> readBack = CheckpointFiles.read(out);
        assertThat(readBack).hasSize(2);
        AuditVerification result =
                AuditSamples.verifier(fixture, renewed.certificate()).verify(new JdbcAuditLedger(repository, readBack));
        assertThat(result.summary()).isEqualTo("OK: 2 entries, 4 signed checkpoints verified, the newest at seq 2");
        // Signed by another certificate than this node's current one, and not listed as an earlier one of its own.
        AuditVerification unlisted = new AuditChainVerifier(
                        AuditSamples.NODE,
                        AuditSamples.KEY,
                        new CheckpointCertificates(
                                fixture.ca.certificate(), List.of(renewed.certificate()), () -> null))
                .verify(new JdbcAuditLedger(repository, readBack));
        assertThat(unlisted.summary())
                .startsWith("BROKEN at seq 1: CHECKPOINT_SIGNATURE_INVALID")
                .contains("not one of this node's signing certificates");
    }

    private Result verifySignature(Path out, long seq) throws Exception {
        return Openssl.run(
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                dir.resolve("pub.pem").toString(),
                "-rawin",
                "-in",
                out.resolve("checkpoint-" + seq + ".json").toString(),
                "-sigfile",
                out.resolve("checkpoint-" + seq + ".sig").toString());
    }
}
