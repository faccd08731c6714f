package org.crossflag.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which paths each port serves. The federation port serves {@code /federation/**} and nothing else; the API port
 * serves everything but federation paths (the API, the alert inbox, the DVDS workspace, and the API's OpenAPI document
 * and Swagger UI). The decision is made on the path as the servlet container decoded and normalised it (the path a
 * handler is matched against), and on the federation port the path as sent must also be that same path, spelt
 * plainly: no percent-encoding, path parameters, dot segments, doubled slashes or backslashes.
 */
final class PortSplit {

    /** How every federation path is spelt: /federation/ then letters, digits, dashes, underscores and slashes. */
    private static final Pattern PLAIN_FEDERATION_PATH =
            Pattern.compile("^/federation/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$");

    private static final String FEDERATION_PREFIX = "/federation";

    /** What only the API port serves: the API, the inbox, and the API's description. */
    private static final List<String> LOCAL_PREFIXES =
            List.of("/api", "/inbox", "/dvds", "/v3/api-docs", "/swagger-ui");

    /** The mutual-TLS federation port, the officers' API port, or any other (including before the ports are bound). */
    enum Port {
        FEDERATION,
        API,
        OTHER
    }

    private PortSplit() {}

    /**
     * @param port           which port the request arrived on
     * @param rawPath        the path exactly as the client sent it (before decoding), without the query
     * @param normalisedPath the decoded, normalised path a handler would be matched against
     */
    static boolean serves(Port port, String rawPath, String normalisedPath) {
        boolean federationLike = looksLikeFederation(rawPath) || looksLikeFederation(normalisedPath);
        return switch (port) {
            case FEDERATION ->
                rawPath.equals(normalisedPath)
                        && PLAIN_FEDERATION_PATH.matcher(normalisedPath).matches();
            case API -> !federationLike;
            case OTHER -> !federationLike && !looksLikeLocal(rawPath) && !looksLikeLocal(normalisedPath);
        };
    }

    private static boolean looksLikeFederation(String path) {
        return path.toLowerCase(Locale.ROOT).startsWith(FEDERATION_PREFIX);
    }

    private static boolean looksLikeLocal(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return LOCAL_PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
