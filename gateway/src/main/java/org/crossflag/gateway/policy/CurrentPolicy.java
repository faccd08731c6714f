package org.crossflag.gateway.policy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * The data-sharing policy in force, and the file it came from. {@link #reloadIfChanged} reads the file again and
 * puts its policy in force when the content has changed; a file that does not load leaves the policy in force as
 * it was. A content is tried once: the same bad file is not reported again until it changes.
 */
public final class CurrentPolicy {

    private final Path file;
    private final AtomicReference<DataSharingPolicy> inForce;
    private final AtomicReference<Reload> lastReload = new AtomicReference<>();
    private String lastContentHash;

    private CurrentPolicy(Path file, DataSharingPolicy policy, String contentHash) {
        this.file = file;
        this.inForce = new AtomicReference<>(policy);
        this.lastContentHash = contentHash;
    }

    /** @throws PolicyFile.InvalidPolicyException when the file does not load */
    public static CurrentPolicy load(Path file) {
        byte[] content = PolicyFile.content(file);
        return new CurrentPolicy(file, PolicyFile.read(file, content), DigestUtils.sha256Hex(content));
    }

    /** A node without a policy file: every request is refused, and there is nothing to reload. */
    public static CurrentPolicy denyAll() {
        return new CurrentPolicy(null, DataSharingPolicy.denyAll(), null);
    }

    public DataSharingPolicy get() {
        return inForce.get();
    }

    /** The policy file; null when the node has none. */
    public Path file() {
        return file;
    }

    /** The last reload that changed something or was refused; null when there was none yet. */
    public Reload lastReload() {
        return lastReload.get();
    }

    /** Reads the file and, when its content has changed, loads it; called from one thread at a time. */
    public synchronized Reload reloadIfChanged() {
        if (file == null) {
            return new Reload(Reload.Result.UNCHANGED, null);
        }
        byte[] content;
        String hash;
        try {
            content = PolicyFile.content(file);
            hash = DigestUtils.sha256Hex(content);
        } catch (PolicyFile.InvalidPolicyException unreadable) {
            return seen("unreadable", unreadable);
        }
        if (hash.equals(lastContentHash)) {
            return new Reload(Reload.Result.UNCHANGED, null);
        }
        DataSharingPolicy policy;
        try {
            policy = PolicyFile.read(file, content);
        } catch (PolicyFile.InvalidPolicyException invalid) {
            return seen(hash, invalid);
        }
        inForce.set(policy);
        lastContentHash = hash;
        Reload reloaded = new Reload(Reload.Result.RELOADED, null);
        lastReload.set(reloaded);
        return reloaded;
    }

    private Reload seen(String hash, PolicyFile.InvalidPolicyException problem) {
        if (hash.equals(lastContentHash)) {
            return new Reload(Reload.Result.UNCHANGED, null);
        }
        lastContentHash = hash;
        Reload refused = new Reload(Reload.Result.REFUSED, problem);
        lastReload.set(refused);
        return refused;
    }

    /**
     * What a reload did.
     *
     * @param problem why the file was refused; null unless REFUSED
     */
    public record Reload(Result result, PolicyFile.InvalidPolicyException problem) {

        public enum Result {
            UNCHANGED,
            RELOADED,
            REFUSED
        }
    }
}
