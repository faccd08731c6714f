package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditCommand;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit trail against an insider at the force: someone with access to the node's database, but not to the
 * key files beside it. Checkpoints are signed every checkpoint-interval (on the node's clock) and at shutdown,
 * only over a chain that verifies, and only this node's own signing certificates count.
 */
class AuditCheckpointTests {

    private static final Duration CHECKPOINT_INTERVAL = Duration.ofMinutes(5);
    private static final Pattern OK =
            Pattern.compile("OK: (\\d+) entries, (\\d+) signed checkpoints verified, the newest at seq (\\d+)");

    @TempDir
    Path dir;

    @Test
    void insiderWhoEditsAnEntryAndRecomputesTheUnkeyedHashesIsReportedAndTheNextCheckpointRefusesToSign()
            throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> Map.of())) {
            RunningNode essex = federation.node(ESSEX);
            long head = recordAndAwaitChained(essex, 6);

            UnkeyedAuditRehash.editOutcome(essex.jdbc(), head - 3, "REJECTED");
            essex.clock().advance(CHECKPOINT_INTERVAL.plusSeconds(1));

            await("the checkpoint refuses the edited chain")
                    .atMost(Duration.ofSeconds(20))
                    .until(() ->
                            "DOWN".equals(auditChainHealth(essex).path("status").asText()));
            assertThat(auditChainHealth(essex).path("details").toString())
                    .contains("EDITED")
                    .contains("\"seq\":" + (head - 3));
            assertThat(essex.metric("crossflag_audit_checkpoints_refused_total", "reason=\"EDITED\""))
                    .isEqualTo(1.0);
            assertThat(checkpointSeqs(essex))
                    .as("no checkpoint signs the forgery")
                    .allMatch(seq -> seq < head - 3);

            federation.stop(ESSEX);
            CommandRun verify = verifyAudit(federation, ESSEX);

            assertThat(verify.status()).as(verify.out() + verify.err()).isEqualTo(1);
            assertThat(verify.out()).contains("BROKEN at seq " + (head - 3) + ": EDITED");
        }
    }

    @Test
    void checkpointSignedWithAnotherMembersCertificateIsRejected() throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> Map.of())) {
            RunningNode essex = federation.node(ESSEX);
            long head = recordAndAwaitChained(essex, 3);
            byte[] headHash =
                    essex.jdbc().queryForObject("select last_hash from audit_head where id = 1", byte[].class);
            byte[] statement = ("{\"createdAt\":\""
                            + DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                                    .withZone(ZoneOffset.UTC)
                                    .format(Instant.now())
                            + "\",\"entryHash\":\"" + HexFormat.of().formatHex(headHash)
                            + "\",\"node\":\"" + ESSEX + "\",\"seq\":" + head
                            + ",\"type\":\"crossflag-audit-checkpoint\"}")
                    .getBytes(StandardCharsets.US_ASCII);
            // Kent's signing key is valid in the federation, but it is not Essex's.
            essex.jdbc()
                    .update(
                            "insert into audit_checkpoint (seq, statement, signature, signing_certificate) values (?, ?, ?, ?)",
                            head,
                            statement,
                            FederationPki.signEd25519(
                                    federation.pki.signing.get(KENT).privateKey(), statement),
                            federation.pki.signing.get(KENT).certificate().getEncoded());

            federation.stop(ESSEX);
            CommandRun verify = verifyAudit(federation, ESSEX);

            assertThat(verify.status()).as(verify.out() + verify.err()).isEqualTo(1);
            assertThat(verify.out())
                    .contains("BROKEN at seq " + head + ": CHECKPOINT_SIGNATURE_INVALID")
                    .contains("not one of this node's signing certificates");
        }
    }

    @Test
    void stoppingTheNodeLeavesACheckpointOfTheLastEntry() throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> Map.of())) {
            long head = recordAndAwaitChained(federation.node(ESSEX), 4);

            federation.stop(ESSEX);
            CommandRun verify = verifyAudit(federation, ESSEX);

            assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
            Matcher ok = OK.matcher(verify.out());
            assertThat(ok.find()).as(verify.out()).isTrue();
            assertThat(Long.parseLong(ok.group(3)))
                    .as(verify.out())
                    .isEqualTo(Long.parseLong(ok.group(1)))
                    .isGreaterThanOrEqualTo(head);
        }
    }

    @Test
    void checkpointsSignedWithThisNodesEarlierCertificateStillVerifyAfterARotation() throws Exception {
        Map<String, Object> rotation = new java.util.concurrent.ConcurrentHashMap<>();
        try (TestFederation federation = new TestFederation(
                dir,
                TestFederation.Database.H2,
                List.of(ESSEX),
                code -> code.equals(ESSEX) ? Map.copyOf(rotation) : Map.of())) {
            recordAndAwaitChained(federation.node(ESSEX), 2);
            federation.stop(ESSEX);

            // The force rotates Essex's signing key, and lists the old certificate as an earlier one of its own.
            Instant now = Instant.now();
            org.crossflag.pki.Credential renewed = FederationPki.issueSigningCredential(
                    federation.pki.ca, ESSEX, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(365)));
            Path keystore = dir.resolve("renewed-signing.p12");
            FederationPki.writePkcs12(
                    keystore,
                    "signing",
                    TestPki.PASSWORD,
                    renewed.privateKey(),
                    renewed.certificate(),
                    federation.pki.ca.certificate());
            Path earlier = dir.resolve("earlier-signing.pem");
            FederationPki.writePem(earlier, federation.pki.signing.get(ESSEX).certificate());
            rotation.put("crossflag.signing.keystore", keystore.toString());
            CommandRun unlisted = verifyAudit(federation, ESSEX);
            rotation.put("crossflag.audit.earlier-signing-certificates", earlier.toString());

            long head = recordAndAwaitChained(federation.restart(ESSEX), 2);
            federation.stop(ESSEX);
            CommandRun verify = verifyAudit(federation, ESSEX);

            assertThat(unlisted.out())
                    .as("the old certificate not yet listed")
                    .contains("CHECKPOINT_SIGNATURE_INVALID")
                    .contains("not one of this node's signing certificates");
            assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).contains("2 signed checkpoints verified, the newest at seq " + head);
        }
    }

    /** As the demo stops its nodes on Ctrl-C: SIGTERM to a node in its own JVM. */
    @Test
    void sigtermLeavesACheckpointOfTheLastEntry() throws Exception {
        TestPki pki = new TestPki(dir.resolve("pki"), List.of(ESSEX, KENT));
        Path directory = dir.resolve("directory.json");
        Map<String, int[]> ports = new java.util.LinkedHashMap<>();
        ports.put(ESSEX, new int[] {SenderCrashScenario.freePort(), SenderCrashScenario.freePort()});
        ports.put(KENT, new int[] {SenderCrashScenario.freePort(), SenderCrashScenario.freePort()});
        SenderCrashScenario.writeDirectory(pki, directory, ports);
        Map<String, Object> settings = SenderCrashScenario.settings(ESSEX, pki, directory, dir.resolve("data"), ports);
        Path idsFile = dir.resolve("queued-ids.txt");
        try (NodeProcess essex = new NodeProcess(
                ESSEX,
                QueueingNodeMain.class.getName(),
                List.of(),
                settings,
                ports.get(ESSEX)[1],
                dir.resolve("logs"))) {
            // Health needs the peer up; the ids file is written once the messages (and their audit events) are in.
            essex.launch(
                    "--crossflag-test.queue=3",
                    "--crossflag-test.recipient=" + KENT,
                    "--crossflag-test.ids-file=" + idsFile);
            await("messages queued").atMost(Duration.ofSeconds(90)).until(() -> {
                essex.requireAlive();
                return java.nio.file.Files.exists(idsFile);
            });

            assertThat(essex.stop()).as(essex.logTail(40)).isIn(0, 143);
        }
        List<String> args = new ArrayList<>();
        args.add(AuditCommand.VERIFY);
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        CommandRun verify = CommandRun.of(args);

        assertThat(verify.status()).as(verify.out() + verify.err()).isZero();
        Matcher ok = OK.matcher(verify.out());
        assertThat(ok.find()).as(verify.out()).isTrue();
        assertThat(Long.parseLong(ok.group(1))).isGreaterThanOrEqualTo(3);
        assertThat(Long.parseLong(ok.group(3))).as(verify.out()).isEqualTo(Long.parseLong(ok.group(1)));
    }

    @Test
    void aCheckpointIsSignedOnceTheIntervalHasPassedOnTheNodesClock() throws Exception {
        try (TestFederation federation =
                new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> Map.of())) {
            RunningNode essex = federation.node(ESSEX);
            long head = recordAndAwaitChained(essex, 3);
            assertThat(checkpointSeqs(essex))
                    .as("no checkpoint before the interval has passed")
                    .isEmpty();

            essex.clock().advance(CHECKPOINT_INTERVAL.plusSeconds(1));

            await("a checkpoint of the head")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> checkpointSeqs(essex).contains(head));
        }
    }

    /** Records {@code count} events in the node's own trail and waits until they are chained; returns the head seq. */
    static long recordAndAwaitChained(RunningNode node, int count) {
        AuditTrail trail = node.context().getBean(AuditTrail.class);
        long before = headSeq(node);
        for (int n = 0; n < count; n++) {
            trail.record(AuditEvent.of(AuditAction.HEARING_RECORDED, n % 2 == 0 ? "ACCEPTED" : "UPDATED"));
        }
        await("events chained").atMost(Duration.ofSeconds(20)).until(() -> headSeq(node) >= before + count);
        return headSeq(node);
    }

    static long headSeq(RunningNode node) {
        return node.jdbc().queryForObject("select last_seq from audit_head where id = 1", Long.class);
    }

    static List<Long> checkpointSeqs(RunningNode node) {
        return node.jdbc().queryForList("select seq from audit_checkpoint order by seq", Long.class);
    }

    static JsonNode auditChainHealth(RunningNode node) throws Exception {
        return FederationTestClient.JSON
                .readTree(node.management("/actuator/health"))
                .path("components")
                .path("auditChain");
    }

    static CommandRun verifyAudit(TestFederation federation, String code) {
        List<String> args = new ArrayList<>();
        args.add(AuditCommand.VERIFY);
        args.addAll(federation.settingsArguments(code));
        return CommandRun.of(args);
    }

    /** One run of an audit command, with what it printed. */
    record CommandRun(int status, String out, String err) {

        static CommandRun of(List<String> args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = AuditCommand.run(
                    args.toArray(String[]::new),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
