package org.crossflag.gateway.matching;

import java.util.List;

/**
 * Tokens of a normalised UK postcode, from the most to the least precise: SW1A1AA gives the full postcode, the
 * sector (SW1A 1), the district (SW1A) and the area (SW). Two addresses in the same street share all but the first;
 * in the same town, the last one or two.
 */
final class PostcodeTokens {

    private PostcodeTokens() {}

    static List<String> tokens(String postcode) {
        if (postcode.startsWith("~")) {
            // Another country's code: its structure is unknown, so it agrees whole or not at all.
            return List.of("po:" + postcode.substring(1));
        }
        String outward = postcode.substring(0, postcode.length() - 3);
        String sector = outward + postcode.charAt(postcode.length() - 3);
        String area = outward.replaceAll("\\d.*", "");
        return List.of("pc:" + postcode, "ps:" + sector, "pd:" + outward, "pa:" + area);
    }
}
