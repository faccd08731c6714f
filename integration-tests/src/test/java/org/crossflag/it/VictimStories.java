package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Hearings with their victims and referrals at Suffolk, told through the officers' API of running nodes. Every
 * victim's name, date of birth and postcode is remembered, so a test can prove none of them left its node.
 */
final class VictimStories {

    private final TestFederation federation;
    private final List<String> victimStrings = new ArrayList<>();

    VictimStories(TestFederation federation) {
        this.federation = federation;
    }

    /** The names, dates of birth and postcodes of every victim told so far. */
    List<String> victimStrings() {
        return List.copyOf(victimStrings);
    }

    HearingsFederation.Api api(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static String person(String id, String given, String family, String dob, String sex) {
        return "{\"personId\":\"" + id + "\",\"givenNames\":[\"" + given + "\"],\"familyNames\":[\"" + family
                + "\"],\"dateOfBirth\":\"" + dob + "\",\"sex\":\"" + sex + "\"}";
    }

    /** A victim with their relationship to the subject, remembered as personal data that must not travel. */
    String victim(
            String id, String given, String family, String dob, String sex, String postcode, String relationship) {
        victimStrings.addAll(List.of(given, family, dob));
        String person = person(id, given, family, dob, sex);
        if (postcode != null) {
            victimStrings.add(postcode);
            person = person.substring(0, person.length() - 1) + ",\"postcode\":\"" + postcode + "\"}";
        }
        return "{\"person\":" + person + ",\"relationship\":\"" + relationship + "\"}";
    }

    /** A hearing at {@code code}; the forum is the reference's first word. */
    void heard(String code, String reference, String heardOn, String person, String type, String... victims) {
        String forum = reference.substring(0, reference.indexOf('-'));
        HearingsFederation.Response response = api(code)
                .post(
                        "/api/hearings",
                        "{\"reference\":\"" + reference + "\",\"forum\":\"" + forum + "\",\"heardOn\":\"" + heardOn
                                + "\",\"person\":" + person
                                + ",\"coordinator\":{\"name\":\"" + code + " coordinator\",\"phone\":\"01632 960100\"},"
                                + "\"score\":{\"tool\":\"DASH\",\"version\":\"2009\",\"value\":\"15\"},"
                                + "\"abuseType\":\"" + type + "\",\"victims\":[" + String.join(",", victims) + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Refers the person at Suffolk on 2026-11-20; returns the query's id. */
    String referred(String reference, String person, String role, String type, String... victims) {
        HearingsFederation.Response response = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        "{\"reference\":\"" + reference + "\",\"forum\":\"MARAC\",\"referredOn\":\"2026-11-20\","
                                + "\"person\":" + person
                                + ",\"coordinator\":{\"name\":\"Suffolk MARAC coordinator\"},"
                                + "\"consent\":{\"state\":\"NOT_SOUGHT_THRESHOLD_MET\"},\"subjectRole\":\"" + role
                                + "\",\"abuseType\":\"" + type + "\",\"victims\":[" + String.join(",", victims)
                                + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("queryId").asText();
    }

    List<JsonNode> alertsOf(String code, String queryId) {
        List<JsonNode> alerts = new ArrayList<>();
        api(code).get("/api/alerts").json().forEach(alert -> {
            if (queryId.equals(alert.path("queryId").asText())) {
                alerts.add(alert);
            }
        });
        return alerts;
    }
}
