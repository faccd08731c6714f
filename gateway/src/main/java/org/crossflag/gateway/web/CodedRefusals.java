package org.crossflag.gateway.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.crossflag.gateway.federation.directory.DirectoryUnavailableException;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status for a coded exception that has no handler of its own in {@link ApiErrors}. Only the reasons that
 * mean "this node cannot serve now, try again later" have one (503): the request was fine, the node's view of the
 * federation is not. Any other code gets none and is left to the default handling, as before.
 */
final class CodedRefusals {

    /** The directory has expired, or the CRL is stale so revocation is unknown: no federation traffic until fixed. */
    static final Set<String> CANNOT_SERVE_NOW = Stream.of(DirectoryUnavailableException.Reason.values())
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private CodedRefusals() {}

    static Optional<HttpStatus> statusOf(String reasonCode) {
        boolean cannotServeNow = reasonCode != null && CANNOT_SERVE_NOW.contains(reasonCode);
        return cannotServeNow ? Optional.of(HttpStatus.SERVICE_UNAVAILABLE) : Optional.empty();
    }
}
