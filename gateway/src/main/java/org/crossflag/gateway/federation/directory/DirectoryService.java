package org.crossflag.gateway.federation.directory;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.crossflag.gateway.crypto.CrlFreshness;
import org.crossflag.gateway.crypto.Fingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the directory this node trusts now. A refresh replaces it only with a verified document that is
 * not older (by sequence) than the current one, nor than the newest one kept in the database, so a stale or
 * replayed directory cannot roll members back, even across a restart. Once the directory expires, or the CRL
 * goes stale, the node refuses federation traffic until a fresh one arrives.
 */
public final class DirectoryService {

    private static final Logger log = LoggerFactory.getLogger(DirectoryService.class);

    private final DirectorySource source;
    private final DirectoryVerifier verifier;
    private final Clock clock;
    private final DirectoryKeeper keeper;
    private final Supplier<CrlFreshness.Verdict> crlFreshness;
    private final AtomicReference<FederationDirectory> current = new AtomicReference<>();
    private volatile String currentDigest;
    private volatile String lastRefreshProblem;

    /** A service that keeps nothing beyond memory and ignores the CRL's age (for tests of the directory alone). */
    public DirectoryService(DirectorySource source, DirectoryVerifier verifier, Clock clock) {
        this(
                source,
                verifier,
                clock,
                DirectoryKeeper.NONE,
                () -> new CrlFreshness.Verdict(CrlFreshness.State.FRESH, null));
    }

    public DirectoryService(
            DirectorySource source,
            DirectoryVerifier verifier,
            Clock clock,
            DirectoryKeeper keeper,
            Supplier<CrlFreshness.Verdict> crlFreshness) {
        this.source = source;
        this.verifier = verifier;
        this.clock = clock;
        this.keeper = keeper;
        this.crlFreshness = crlFreshness;
    }

    /**
     * Loads the first directory; throws if the one at the location cannot be verified, so a misconfigured node
     * does not start. If the database keeps a newer verified directory, that one is used and the older refused.
     */
    public FederationDirectory load() {
        DirectorySource.Fetched fetched = source.fetch();
        FederationDirectory directory = verifier.verify(fetched.document(), fetched.signature());
        Optional<Kept> kept = verifiedKept();
        if (kept.isPresent() && kept.get().directory().sequence() > directory.sequence()) {
            FederationDirectory newer = kept.get().directory();
            install(newer, kept.get().digest());
            lastRefreshProblem = "directory sequence " + directory.sequence() + " at " + source.location()
                    + " is older than the newest seen, " + newer.sequence() + ", which is kept";
            log.warn(
                    "Federation directory at the location refused, keeping sequence={} from the database: {}",
                    newer.sequence(),
                    lastRefreshProblem);
            return newer;
        }
        install(directory, Fingerprints.sha256(fetched.document()));
        keeper.keep(directory.sequence(), fetched.document(), fetched.signature());
        log.info(
                "Federation directory loaded: federation={} sequence={} members={} expiresAt={}",
                directory.federation(),
                directory.sequence(),
                directory.members().size(),
                directory.expiresAt());
        return directory;
    }

    /** Fetches and verifies the directory again; keeps the current one if anything is wrong. */
    public boolean refresh() {
        try {
            DirectorySource.Fetched fetched = source.fetch();
            FederationDirectory candidate = verifier.verify(fetched.document(), fetched.signature());
            String digest = Fingerprints.sha256(fetched.document());
            adoptNewerKept();
            FederationDirectory now = current.get();
            if (candidate.isExpiredAt(clock.instant())) {
                throw new DirectoryVerificationException(
                        "directory sequence " + candidate.sequence() + " expired at " + candidate.expiresAt());
            }
            if (now != null && candidate.sequence() < now.sequence()) {
                throw new DirectoryVerificationException(
                        "directory sequence " + candidate.sequence() + " is older than the current " + now.sequence());
            }
            if (now != null && candidate.sequence() == now.sequence() && !digest.equals(currentDigest)) {
                throw new DirectoryVerificationException("directory sequence " + candidate.sequence()
                        + " was reissued with different content; a change needs a higher sequence");
            }
            if (now == null
                    || candidate.sequence() != now.sequence()
                    || !candidate.expiresAt().equals(now.expiresAt())) {
                log.info(
                        "Federation directory refreshed: sequence={} members={} expiresAt={}",
                        candidate.sequence(),
                        candidate.members().size(),
                        candidate.expiresAt());
            }
            install(candidate, digest);
            keeper.keep(candidate.sequence(), fetched.document(), fetched.signature());
            lastRefreshProblem = null;
            return true;
        } catch (DirectoryVerificationException e) {
            lastRefreshProblem = e.getMessage();
            log.warn(
                    "Federation directory refresh refused, keeping sequence={}: {}",
                    current.get() == null ? "none" : current.get().sequence(),
                    e.getMessage());
            return false;
        }
    }

    /** The directory to route and check traffic with; refuses when there is none or it has expired. */
    public FederationDirectory requireCurrent() {
        FederationDirectory directory = current.get();
        if (directory == null || directory.isExpiredAt(clock.instant())) {
            throw new DirectoryUnavailableException(
                    DirectoryUnavailableException.Reason.DIRECTORY_EXPIRED,
                    "this node's federation directory has expired; federation traffic is suspended");
        }
        return directory;
    }

    /**
     * As {@link #requireCurrent()}, and also refuses while this node's CRL is stale: what goes over the wire,
     * in either direction, stops. Queueing still works, so outbound messages wait in the outbox.
     */
    public FederationDirectory requireTrafficAllowed() {
        FederationDirectory directory = requireCurrent();
        CrlFreshness.Verdict crl = crlFreshness.get();
        if (!crl.fresh()) {
            throw new DirectoryUnavailableException(
                    DirectoryUnavailableException.Reason.CERTIFICATE_REVOCATION_UNKNOWN,
                    "this node's CRL is " + crl.state() + " since " + crl.staleAfter()
                            + "; federation traffic is suspended");
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

    private void install(FederationDirectory directory, String digest) {
        current.set(directory);
        currentDigest = digest;
    }

    /** Another instance on the same database may have seen a newer directory: take it, once verified. */
    private void adoptNewerKept() {
        FederationDirectory now = current.get();
        if (now != null && keeper.newestSequence() <= now.sequence()) {
            return;
        }
        verifiedKept()
                .filter(kept -> now == null || kept.directory().sequence() > now.sequence())
                .ifPresent(kept -> install(kept.directory(), kept.digest()));
    }

    /** The kept directory if it still verifies; one that no longer does (its operator revoked, say) is ignored. */
    private Optional<Kept> verifiedKept() {
        return keeper.newest().flatMap(kept -> {
            try {
                return Optional.of(new Kept(
                        verifier.verify(kept.document(), kept.signature()), Fingerprints.sha256(kept.document())));
            } catch (DirectoryVerificationException e) {
                log.warn(
                        "Directory sequence={} kept in the database no longer verifies: {}",
                        kept.sequence(),
                        e.getMessage());
                return Optional.empty();
            }
        });
    }

    private record Kept(FederationDirectory directory, String digest) {}
}
