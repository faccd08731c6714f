package org.crossflag.gateway.federation.directory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which member endpoints a node will call. An endpoint becomes part of a Camel endpoint URI, where {{...}} is
 * resolved as a property placeholder (a node secret could end up in a DNS name) and other characters carry meaning
 * ({@code ?}, {@code #}, {@code &}, {@code $}, {@code RAW(...)}). So an endpoint is plain: https, a host name or IP
 * address, an optional port and an optional path of letters, digits, dots, dashes, underscores, tildes and slashes.
 */
final class MemberEndpoints {

    private static final String HOST = "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])";
    private static final Pattern PLAIN = Pattern.compile("^https://" + HOST + "(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?$");

    private MemberEndpoints() {}

    /** Why the endpoint is refused, if it is; the reason never repeats the endpoint. */
    static Optional<String> problem(String endpoint) {
        if (endpoint.indexOf('{') >= 0 || endpoint.indexOf('}') >= 0) {
            return Optional.of("endpoint holds { or }, which would be resolved as a placeholder");
        }
        if (!PLAIN.matcher(endpoint).matches()) {
            return Optional.of("endpoint is not a plain https://host[:port][/path]");
        }
        return Optional.empty();
    }
}
