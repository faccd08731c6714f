package org.crossflag.gateway.node;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.crossflag.adapter.RequesterRole;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything a force sets to run a node, under {@code crossflag.*}. Unknown keys and bad values stop the
 * node at start-up with a message that names the key.
 */
@Validated
@ConfigurationProperties(prefix = "crossflag", ignoreUnknownFields = false)
public record CrossflagProperties(
        @Valid @NotNull Node node,
        @NotNull @DefaultValue("./data") Path dataDir,
        @Valid @NotNull Pki pki,
        @Valid @NotNull Signing signing,
        @Valid @NotNull Tls tls,
        @Valid @NotNull Directory directory,
        @Valid @DefaultValue Exchange exchange,
        @Valid @DefaultValue Health health,
        @Valid @DefaultValue Outbox outbox,
        @Valid @DefaultValue Inbox inbox,
        @Valid @DefaultValue Audit audit,
        @Valid @DefaultValue Matching matching,
        @Valid @DefaultValue Hearings hearings,
        @Valid @DefaultValue RetentionSettings retention,
        @Valid @DefaultValue DisclosuresSettings disclosures,
        @Valid @DefaultValue CircumstancesSettings circumstances,
        @Valid @DefaultValue ScoreToolsSettings scoreTools,
        @Valid @DefaultValue Policy policy,
        @Valid @DefaultValue Api api,
        @Valid @DefaultValue Quotas quotas,
        @Valid @DefaultValue LocalSystems localSystems,
        @Valid @DefaultValue Background background,
        @DefaultValue Map<String, Object> adapters,
        @DefaultValue("false") boolean demo) {

    // adapters: each adapter module's own settings (crossflag.adapters.<name>.*), bound and validated by the adapter;
    // held here only so that the node does not take them for unknown keys.
    // dataDir: where the embedded H2 database lives (one folder per node code); unused with the postgres profile.
    // adapters: each adapter module's own settings (crossflag.adapters.<name>.*), bound and checked by that module;
    // named here only so that the node's check for unknown keys lets them through.
    // demo: this node belongs to the loopback demo, whose example PKI and matching key are public. Outside the demo
    // (the default) a node that runs with them warns loudly, in its log and on health.

    /** This node's member code, as the directory lists it (ISO 3166 country, then the force, e.g. GB-ESX). */
    public record Node(
            @NotBlank @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{2,8}$", message = "must be a member code such as GB-ESX")
            String code) {}

    /**
     * The federation root CA (PEM) and its CRL (PEM); the CRL file is the initial value and the fallback for the
     * CRL fetched with the directory. Once the CRL in force is older than {@code crlMaxAge} (from its thisUpdate),
     * or past its next update, federation traffic stops until a fresh one arrives.
     */
    public record Pki(
            @NotNull Path trustAnchor,
            @NotNull Path crl,

            @NotNull @DurationMin(hours = 1) @DurationMax(days = 366) @DefaultValue("P7D")
            Duration crlMaxAge) {}

    /** The PKCS#12 file holding this node's Ed25519 message-signing key and certificate. */
    public record Signing(@NotNull Path keystore, @NotNull String password) {}

    /** This node's TLS client identity and the federation trust store, for outbound mutual TLS. */
    public record Tls(
            @NotNull Path keystore,
            @NotNull String keystorePassword,
            @NotNull Path truststore,
            @NotNull String truststorePassword) {}

    /**
     * Where the signed directory lives ({@code file:} path or {@code https:} URL; the signature is at the
     * same place plus {@code .sig}), the operator certificate that must have signed it, and how often to refresh.
     */
    public record Directory(
            @NotBlank @Pattern(regexp = "^(file:|https://).+", message = "must start with file: or https://")
            String location,

            @NotNull Path operatorCertificate,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT5M")
            Duration refreshInterval,

            @Pattern(regexp = "^(file:|https://).+", message = "must start with file: or https://")
            String crlLocation) {

        /** Where the federation CRL is fetched with each refresh: by default {@code federation.crl.pem} beside the directory. */
        public String effectiveCrlLocation() {
            if (crlLocation != null && !crlLocation.isBlank()) {
                return crlLocation;
            }
            int folderEnd = Math.max(location.lastIndexOf('/'), location.indexOf(':'));
            return location.substring(0, folderEnd + 1) + "federation.crl.pem";
        }
    }

    /** Limits on what this node accepts and how long what it sends stays valid. */
    public record Exchange(
            @Min(1024) @Max(16 * 1024 * 1024) @DefaultValue("262144")
            int maxBodyBytes,

            @NotNull @DefaultValue("PT2M") Duration maxClockSkew,
            @NotNull @DefaultValue("PT24H") Duration messageLifetime,
            @NotNull @DefaultValue("PT10S") Duration sendTimeout,
            @Min(1000) @DefaultValue("200000") int replayCacheSize) {}

    /**
     * Store-and-forward delivery: retries back off exponentially (with jitter) from the initial to the
     * maximum delay; a message not delivered within max-age becomes a dead letter. Delivered messages and
     * their receipts are purged after the retention period. Workers is how many deliveries run at once;
     * queue-writers how many threads group-commit messages queued outside a transaction. A dispatch round starts
     * wake-linger after a message is queued, so messages queued meanwhile share its claim and its commits.
     */
    public record Outbox(
            @NotNull @DefaultValue("PT24H") Duration maxAge,
            @NotNull @DefaultValue("PT1S") Duration initialBackoff,
            @NotNull @DefaultValue("PT5M") Duration maxBackoff,

            @NotNull @DurationMin(millis = 10) @DefaultValue("PT0.5S")
            Duration pollInterval,

            @Min(1) @Max(1000) @DefaultValue("64") int batchSize,
            @NotNull @DefaultValue("PT1M") Duration claimLease,
            @NotNull @DefaultValue("P30D") Duration retention,
            @Min(1) @Max(256) @DefaultValue("16") int workers,
            @Min(1) @Max(16) @DefaultValue("2") int queueWriters,

            @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 1) @DefaultValue("PT0.01S")
            Duration wakeLinger,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT1M")
            Duration headlessCheckInterval,

            @NotNull @DurationMin(millis = 0) @DefaultValue("PT30S")
            Duration headlessCheckDelay) {}

    /**
     * Inbound processing: each round takes at most per-peer-batch messages from each sending member, so one
     * member's backlog cannot hold up the others. Processed messages are purged after the retention period, and
     * never before their own lifetime has ended, so a replay is still refused. A round runs on every acceptance and
     * every poll-interval; a message whose processing failed for a fault around the node is retried after a delay
     * doubling from initial-backoff up to max-backoff.
     */
    public record Inbox(
            @Min(1) @Max(1000) @DefaultValue("16") int perPeerBatch,

            @NotNull @DurationMin(hours = 1) @DefaultValue("P30D")
            Duration retention,

            @NotNull @DurationMin(millis = 10) @DefaultValue("PT1S")
            Duration pollInterval,

            @NotNull @DurationMin(millis = 1) @DefaultValue("PT0.5S")
            Duration initialBackoff,

            @NotNull @DurationMin(millis = 1) @DefaultValue("PT5M")
            Duration maxBackoff) {}

    /**
     * The hash-chained audit trail. Chain-key is the file holding this node's audit chain key (the base64 of at
     * least 32 random bytes), kept beside the signing key and never in the database. A checkpoint is signed every
     * checkpoint-interval when entries were appended, and at shutdown. Every chain-interval the chainer picks up
     * entries no commit woke it for, and the checkpoint clock is looked at. Earlier-signing-certificates lists this
     * node's earlier signing certificates (PEM): checkpoints they signed stay valid after a key rotation.
     */
    public record Audit(
            @NotNull Path chainKey,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT5M")
            Duration checkpointInterval,

            @DefaultValue List<@NotNull Path> earlierSigningCertificates,

            @NotNull @DurationMin(millis = 10) @DefaultValue("PT1S")
            Duration chainInterval) {}

    /**
     * The federation matching secret, by version: each key's file holds the base64 of at least 32 secret bytes,
     * shared by every member, used from its start. A version stays accepted for the changeover period after
     * the next one starts. Scores at or above match-threshold are a MATCH, at or above possible-threshold a
     * POSSIBLE_MATCH. Parameters-file replaces the shipped matching parameters (m and u probabilities, see
     * docs/matching.md) with a force's own estimate. With no keys, this node neither sends nor answers prior-hearing
     * queries.
     */
    public record Matching(
            @DefaultValue List<@Valid MatchingKey> keys,
            @NotNull @DefaultValue("P14D") Duration changeover,

            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.9")
            double matchThreshold,

            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.2")
            double possibleThreshold,

            Path parametersFile) {}

    public record MatchingKey(
            @Min(1) int version,
            @NotNull Path secretFile,
            @NotNull Instant start) {}

    /**
     * Prior-hearing flags. Query-timeout is how long a query waits for every peer before its result lists those
     * that did not answer. A hit within the repeat window of the referral is a repeat; escalation-count hearings
     * within escalation-window make an escalation; serial-victims distinct victims within serial-window make a serial
     * perpetrator (the NPCC's definition by default). Alerts go by email and webhook when those are set.
     * An answer arriving after the deadline is still taken within late-answer-window (and listed as late); after
     * that it is refused. A hit this node issues may be quoted in a cross-area alert for hit-lifetime. Overdue
     * queries are closed every deadline-check-interval. Alert pushes go out on every new alert and every
     * alert-push-interval; each send may take alert-push-timeout, and a failed one is retried after a delay doubling
     * from alert-push-initial-backoff up to alert-push-max-backoff.
     */
    public record Hearings(
            @NotNull @DefaultValue("PT5S") Duration queryTimeout,

            @NotNull @DurationMin(millis = 0) @DefaultValue("PT24H")
            Duration lateAnswerWindow,

            @NotNull @DurationMin(minutes = 1) @DefaultValue("P90D")
            Duration hitLifetime,

            @NotNull @DefaultValue("P12M") Period repeatWindow,
            @Min(2) @DefaultValue("3") int escalationCount,
            @NotNull @DefaultValue("P12M") Period escalationWindow,
            @Min(2) @DefaultValue("2") int serialVictims,
            @NotNull @DefaultValue("P3Y") Period serialWindow,
            @Valid @DefaultValue AlertEmail alertEmail,
            @Valid @DefaultValue AlertWebhook alertWebhook,

            @NotNull @DurationMin(millis = 10) @DefaultValue("PT1S")
            Duration deadlineCheckInterval,

            @NotNull @DurationMin(millis = 10) @DefaultValue("PT10S")
            Duration alertPushInterval,

            @NotNull @DurationMin(millis = 1) @DefaultValue("PT2S")
            Duration alertPushInitialBackoff,

            @NotNull @DurationMin(millis = 1) @DefaultValue("PT1H")
            Duration alertPushMaxBackoff,

            @NotNull @DurationMin(millis = 1) @DefaultValue("PT10S")
            Duration alertPushTimeout) {}

    /**
     * SMTP push of new alerts; off while host is empty. The email names no person: it points to the inbox. STARTTLS is
     * required unless start-tls is set to false (then mail, and any login, go in clear).
     */
    public record AlertEmail(
            @DefaultValue("") String host,
            @Min(1) @Max(65535) @DefaultValue("25") int port,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("") String from,
            @DefaultValue List<String> to,
            @DefaultValue("true") boolean startTls) {}

    /**
     * Webhook push of new alerts (JSON POST, ids and codes only); off while url is empty. HTTPS only, the server
     * verified against the local-systems trust store.
     */
    public record AlertWebhook(
            @DefaultValue("")
            @Pattern(
                    regexp = "^$|^https://[^{}\\s]+$",
                    message = "must be an https:// URL (plain http is refused), without spaces, { or }")
            String url) {}

    /**
     * How this node trusts the force's own systems it calls over HTTPS (webhooks): a PKCS#12 trust store, or, while
     * truststore is unset, the Java runtime's default trust store. Never the federation trust store. The connector is
     * the port those systems call in on ({@link LocalConnectorSettings}); the webhook's signing secret is in
     * alert-webhook.
     */
    public record LocalSystems(
            Path truststore,
            @DefaultValue("") String truststorePassword,
            @Valid @DefaultValue LocalConnectorSettings connector,
            @Valid @DefaultValue WebhookSigning alertWebhook) {}

    /**
     * This node's data-sharing agreements (YAML). Without a file, nothing is shared: deny by default. The file is
     * looked at every {@code reloadInterval} and reloaded when its content has changed.
     */
    public record Policy(
            Path file,

            @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 24) @DefaultValue("PT30S")
            Duration reloadInterval) {}

    /**
     * The officers' API and alert inbox: its own port (plain HTTP, bound to loopback by default; put it behind
     * the force's TLS front end), and its users. Passwords are Spring Security encoded ({bcrypt}...); {noop}
     * plain text is refused unless plain-text-passwords-for-tests is on, which only tests may set.
     */
    public record Api(
            @Min(0) @Max(65535) @DefaultValue("9090") int port,
            @NotBlank @DefaultValue("127.0.0.1") String address,
            @DefaultValue("http://127.0.0.1:9090") String publicUrl,
            @DefaultValue List<@Valid ApiUser> users,
            @DefaultValue("false") boolean plainTextPasswordsForTests) {}

    public record ApiUser(
            @NotBlank String username,
            @NotBlank String password,

            @NotBlank @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$", message = "must be an officer id")
            String officerId,

            @NotNull RequesterRole role) {

        /** INTEGRATION_SERVICE is the node's own identity on what it sends; no person logs in as it. */
        @AssertTrue(message = "role must be an officer's role, not INTEGRATION_SERVICE")
        public boolean isOfficerRole() {
            return role == null || role.isOfficerRole();
        }
    }

    /**
     * Quotas, one mechanism for peers and officers: each peer may send at most peer-queries PriorHearingQuery,
     * peer-answers PriorHearingAnswer (each part counts) and peer-alerts CrossAreaAlert messages (and as many
     * CircumstanceChange messages) per peer-window;
     * each officer may start at most officer-queries queries per officer-window. Counted in the database, so every
     * instance of the node shares them. The excess is refused (QUOTA_EXCEEDED), counted and audited.
     */
    public record Quotas(
            @Min(1) @DefaultValue("600") int peerQueries,
            @Min(1) @DefaultValue("1200") int peerAnswers,
            @Min(1) @DefaultValue("600") int peerAlerts,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT1M")
            Duration peerWindow,

            @Min(1) @DefaultValue("100") int officerQueries,

            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT1H")
            Duration officerWindow) {}

    /**
     * How often peers are probed and how long a probe may take, and how many days before expiry a certificate is
     * reported as expiring.
     */
    public record Health(
            @NotNull @DurationMin(seconds = 1) @DefaultValue("PT30S")
            Duration peerCheckInterval,

            @Min(1) @DefaultValue("30") int certificateWarningDays,

            @NotNull @DurationMin(millis = 1) @DefaultValue("PT2S")
            Duration pingTimeout) {}

    /**
     * When background work starts after start-up: the frequent sweeps after start-delay, the purges of old messages
     * after purge-delay and then every purge-interval.
     */
    public record Background(
            @NotNull @DurationMin(millis = 0) @DefaultValue("PT1S")
            Duration startDelay,

            @NotNull @DurationMin(millis = 0) @DefaultValue("PT1M")
            Duration purgeDelay,

            @NotNull @DurationMin(minutes = 1) @DefaultValue("PT1H")
            Duration purgeInterval) {}
}
