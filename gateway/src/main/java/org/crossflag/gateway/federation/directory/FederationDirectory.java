package org.crossflag.gateway.federation.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A verified federation directory: who is in the federation, where they listen, and which keys are theirs. */
public final class FederationDirectory {

    private final String federation;
    private final long sequence;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final List<DirectoryMember> members;
    private final Map<String, DirectoryMember> byCode;

    public FederationDirectory(
            String federation, long sequence, Instant issuedAt, Instant expiresAt, List<DirectoryMember> members) {
        this.federation = federation;
        this.sequence = sequence;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.members = List.copyOf(members);
        this.byCode =
                members.stream().collect(Collectors.toUnmodifiableMap(DirectoryMember::code, Function.identity()));
    }

    public Optional<DirectoryMember> member(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public String federation() {
        return federation;
    }

    public long sequence() {
        return sequence;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public List<DirectoryMember> members() {
        return members;
    }
}
