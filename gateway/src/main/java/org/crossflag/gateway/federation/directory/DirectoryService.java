package org.crossflag.gateway.federation.directory;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import org.crossflag.gateway.crypto.Fingerprints;
import org.crossflag.gateway.federation.MessageRejectedException;
import org.crossflag.gateway.federation.RejectionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the directory this node trusts now. A refresh replaces it only with a verified document that is
 * not older (by sequence) than the current one, so a stale or replayed directory cannot roll members back.
 * Once the directory expires the node refuses all federation traffic until a fresh one arrives.
 */
public final class DirectoryService {

    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);

    private final DirectorySource source;
    private final DirectoryVerifier verifier;
    private final Clock clock;
    private final AtomicReference<FederationDirectory> current = new AtomicReference<>();
    private volatile String currentDigest;
    private volatile String lastRefreshProblem;

    public DirectoryService(DirectorySource source, DirectoryVerifier verifier, Clock clock) {
        this.source = source;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** Loads the first directory; throws if it cannot be verified, so a misconfigured node does not start. */
    public FederationDirectory load() {
        DirectorySource.Fetched fetched = source.fetch();
        FederationDirectory directory = verifier.verify(fetched.document(), fetched.signature());
        current.set(directory);
        currentDigest = Fingerprints.sha256(fetched.document());
        log.info("Federation directory loaded: federation={} sequence={} members={} expiresAt={}",
                directory.federation(), directory.sequence(), directory.members().size(), directory.expiresAt());
        return directory;
    }

    /** Fetches and verifies the directory again; keeps the current one if anything is wrong. */
    public boolean refresh() {
        try {
            DirectorySource.Fetched fetched = source.fetch();
            FederationDirectory candidate = verifier.verify(fetched.document(), fetched.signature());
            String digest = Fingerprints.sha256(fetched.document());
            FederationDirectory now = current.get();
            if (candidate.isExpiredAt(clock.instant())) {
                throw new DirectoryVerificationException("directory sequence " + candidate.sequence()
                        + " expired at " + candidate.expiresAt());
            }
            if (now != null && candidate.sequence() < now.sequence()) {
                throw new DirectoryVerificationException("directory sequence " + candidate.sequence()
                        + " is older than the current " + now.sequence());
            }
            if (now != null && candidate.sequence() == now.sequence() && !digest.equals(currentDigest)) {
                throw new DirectoryVerificationException("directory sequence " + candidate.sequence()
                        + " was reissued with different content; a change needs a higher sequence");
            }
            if (now == null || candidate.sequence() != now.sequence() || !candidate.expiresAt().equals(now.expiresAt())) {
                log.info("Federation directory refreshed: sequence={} members={} expiresAt={}",
                        candidate.sequence(), candidate.members().size(), candidate.expiresAt());
            }
            current.set(candidate);
            currentDigest = digest;
            lastRefreshProblem = null;
            return true;
        } catch (DirectoryVerificationException e) {
            lastRefreshProblem = e.getMessage();
            log.warn("Federation directory refresh refused, keeping sequence={}: {}",
                    current.get() == null ? "none" : current.get().sequence(), e.getMessage());
            return false;
        }
    }

    /** The directory to route and check traffic with; refuses when there is none or it has expired. */
    public FederationDirectory requireCurrent() {
        FederationDirectory directory = current.get();
        if (directory == null || directory.isExpiredAt(clock.instant())) {
            throw new MessageRejectedException(RejectionReason.DIRECTORY_EXPIRED,
                    "this node's federation directory has expired; federation traffic is suspended");
        }
        return directory;
    }

    /** The directory as last verified, expired or not (for health reporting). */
    public FederationDirectory lastVerified() {
        return current.get();
    }

    public String lastRefreshProblem() {
        return lastRefreshProblem;
    }

    public String location() {
        return source.location();
    }
}
