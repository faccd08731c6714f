package org.crossflag.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which paths each port serves. The federation port serves {@code /federation/**} and nothing else; the local-systems
 * port serves {@code /local/**} and nothing else; the API port serves everything but federation and local-systems
 * paths (the API, the alert inbox, the DVDS workspace, and the API's OpenAPI document and Swagger UI). The decision is
 * made on the path as the servlet container decoded and normalised it (the path a handler is matched against), and on
 * the federation and local-systems ports the path as sent must also be that same path, spelt plainly: no
 * percent-encoding, path parameters, dot segments, doubled slashes or backslashes.
 */
final class PortSplit {

    /** How every federation path is spelt: /federation/ then letters, digits, dashes, underscores and slashes. */
    private static final Pattern PLAIN_FEDERATION_PATH =
            Pattern.compile("^/federation/[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$");

    /**
     * How every local-systems path is spelt: /local/ then segments of letters, digits, dashes, underscores and dots,
     * none of them only dots.
     */
    private static final Pattern PLAIN_LOCAL_SYSTEMS_PATH = Pattern.compile("^/local(/(?!\\.+(/|$))[A-Za-z0-9_.-]+)+$");

    private static final String FEDERATION_PREFIX = "/federation";

    private static final String LOCAL_SYSTEMS_PREFIX = "/local";

    /** What only the API port serves: the API, the inbox, and the API's description. */
    private static final List<String> API_PREFIXES = List.of("/api", "/inbox", "/dvds", "/v3/api-docs", "/swagger-ui");

    /**
     * The mutual-TLS federation port, the officers' API port, the local-systems port, or any other (including before
     * the ports are bound).
     */
    enum Port {
        FEDERATION,
        API,
        LOCAL_SYSTEMS,
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
        boolean localSystemsLike = looksLikeLocalSystems(rawPath) || looksLikeLocalSystems(normalisedPath);
        return switch (port) {
            case FEDERATION ->
                rawPath.equals(normalisedPath)
                        && PLAIN_FEDERATION_PATH.matcher(normalisedPath).matches();
            case LOCAL_SYSTEMS ->
                rawPath.equals(normalisedPath)
                        && PLAIN_LOCAL_SYSTEMS_PATH.matcher(normalisedPath).matches();
            case API -> !federationLike && !localSystemsLike;
            case OTHER ->
                !federationLike && !localSystemsLike && !looksLikeApi(rawPath) && !looksLikeApi(normalisedPath);
        };
    }

    private static boolean looksLikeFederation(String path) {
        return path.toLowerCase(Locale.ROOT).startsWith(FEDERATION_PREFIX);
    }

    private static boolean looksLikeLocalSystems(String path) {
        return path.toLowerCase(Locale.ROOT).startsWith(LOCAL_SYSTEMS_PREFIX);
    }

    private static boolean looksLikeApi(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return API_PREFIXES.stream().anyMatch(lower::startsWith);
    }
}
