package org.crossflag.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.camel.CamelContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a federation that runs DVDS lookups needs beyond the hearings settings: a DVDS officer login on every node,
 * and a policy that shares the DVDS messages for both routes, in the categories a force agrees to. Example-only.
 */
final class DvdsFederation {

    static final String OFFICER = "dvds-officer";
    static final String PASSWORD = "synthetic-pass-2";
    static final List<String> ALL_CATEGORIES =
            List.of("CONVICTIONS", "CAUTIONS_AND_DISPOSALS", "MARAC_AND_PANEL_HISTORY", "ORDERS", "INTELLIGENCE");

    /** Inbound processing on a node: the round on every acceptance, and the timer round. */
    static final List<String> INBOX_ROUTES = List.of("inbox-wake", "inbox-process");

    private DvdsFederation() {}

    /** The officer id a node's DVDS officer acts under, as it travels in envelopes and the audit trail. */
    static String officerId(String code) {
        return code.substring(3) + "-DVDS-01";
    }

    /**
     * A policy file sharing hearing flags (as {@link HearingsFederation#openPolicy}) and the four DVDS messages with
     * every member, for both routes, in the given categories only.
     */
    static Path policy(Path dir, List<String> dvdsCategories) throws IOException {
        Path file = dir.resolve("policy.yml");
        Files.createDirectories(dir);
        Files.writeString(file, """
                agreements:
                  - id: TEST-REGION-HEARING-FLAGS
                    members: ["*"]
                    messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
                    purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
                    legalBases: [CRIME_AND_DISORDER_ACT_1998_S115, COMMON_LAW_POLICING_PURPOSE]
                    dataCategories: [HEARING_FLAG, CONTACT_DETAILS, RISK_SCORE]
                    roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                  - id: TEST-REGION-DVDS
                    members: ["*"]
                    messageTypes: [DisclosureCheck, DisclosureCheckAnswer, DisclosureRequest, DisclosureAnswer]
                    purposes: [DVDS_RIGHT_TO_ASK, DVDS_RIGHT_TO_KNOW]
                    legalBases: [COMMON_LAW_POLICING_PURPOSE, DPA2018_PART3_LAW_ENFORCEMENT]
                    dataCategories: [%s]
                    roles: [DVDS_OFFICER, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                """.formatted(String.join(", ", dvdsCategories)));
        return file;
    }

    /** The hearings settings (coordinator login, matching key, policy) and a DVDS officer login as second user. */
    static Map<String, Object> settings(String code, Path secret, Path policy) {
        Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT5S");
        settings.put("crossflag.api.users[1].username", OFFICER);
        settings.put("crossflag.api.users[1].password", "{noop}" + PASSWORD);
        settings.put("crossflag.api.users[1].officer-id", officerId(code));
        settings.put("crossflag.api.users[1].role", "DVDS_OFFICER");
        return settings;
    }

    /**
     * Stops a node processing what it receives: messages are still accepted and kept, and answered once
     * {@link #releaseInbox} runs. Lets a test see an asking force's state before the answers come.
     */
    static void holdInbox(RunningNode node) throws Exception {
        CamelContext camel = node.context().getBean(CamelContext.class);
        for (String route : INBOX_ROUTES) {
            camel.getRouteController().suspendRoute(route);
        }
    }

    static void releaseInbox(RunningNode node) throws Exception {
        CamelContext camel = node.context().getBean(CamelContext.class);
        for (String route : INBOX_ROUTES) {
            camel.getRouteController().resumeRoute(route);
        }
    }

    record Person(String givenNames, String familyName, String dateOfBirth) {}

    /** A record a force holds about someone, posted by its DVDS officer as a records adapter would send it. */
    static void holdRecord(
            RunningNode node,
            Person person,
            String reference,
            String kind,
            String date,
            String endsOn,
            String summary) {
        ObjectNode record = HearingsFederation.JSON
                .createObjectNode()
                .put("adapterId", "records-api")
                .put("reference", reference);
        record.putObject("person")
                .put("localId", node.code().substring(3) + "-P-41")
                .put("givenNames", person.givenNames())
                .put("familyName", person.familyName())
                .put("dateOfBirth", person.dateOfBirth())
                .put("postcode", "CM2 9XX");
        record.put("kind", kind).put("date", date).put("endsOn", endsOn).put("summary", summary);
        HearingsFederation.Response response = officer(node).post("/api/person-records", record.toString());
        if (response.status() != 201) {
            throw new AssertionError(
                    "person record " + reference + " answered " + response.status() + ": " + response.body());
        }
    }

    /**
     * Raises an alert at the referring force about a person: the holding force records a MARAC hearing about them,
     * then the referring force's coordinator refers the same person, and the holding force's answer is the alert.
     *
     * @return the alert's id at the referring force
     */
    static String alertAbout(RunningNode holder, RunningNode referrer, Person person, Duration atMost) {
        HearingsFederation.Response heard = coordinator(holder)
                .post(
                        "/api/hearings",
                        maracCase(holder, person)
                                .put("heardOn", LocalDate.now().minusMonths(5).toString())
                                .toString());
        if (heard.status() != 201) {
            throw new AssertionError("the hearing answered " + heard.status() + ": " + heard.body());
        }
        ObjectNode referral =
                maracCase(referrer, person).put("referredOn", LocalDate.now().toString());
        referral.putObject("consent").put("state", "NOT_SOUGHT_THRESHOLD_MET");
        HearingsFederation.Api coordinator = coordinator(referrer);
        HearingsFederation.Response referred = coordinator.post("/api/referrals", referral.toString());
        if (referred.status() != 201) {
            throw new AssertionError("the referral answered " + referred.status() + ": " + referred.body());
        }
        String queryId = referred.json().path("queryId").asText();
        JsonNode alert = org.awaitility.Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            for (JsonNode candidate :
                                    coordinator.get("/api/alerts").json()) {
                                if (queryId.equals(candidate.path("queryId").asText())) {
                                    return candidate;
                                }
                            }
                            return null;
                        },
                        found -> found != null);
        return alert.path("alertId").asText();
    }

    /** A MARAC case about the person at a force, with its coordinator's contact; the date is the caller's. */
    private static ObjectNode maracCase(RunningNode node, Person person) {
        String force = node.code().substring(3);
        ObjectNode hearing = HearingsFederation.JSON
                .createObjectNode()
                .put("reference", "MARAC-" + force + "-2026-0912")
                .put("forum", "MARAC");
        ObjectNode who = hearing.putObject("person").put("personId", force + "-P-77");
        who.putArray("givenNames").add(person.givenNames());
        who.putArray("familyNames").add(person.familyName());
        who.put("dateOfBirth", person.dateOfBirth()).put("sex", "M");
        hearing.putObject("coordinator")
                .put("name", force + " MARAC coordinator")
                .put("phone", "01632 960400");
        return hearing;
    }

    /** The DVDS officer's GET, which must answer 200. */
    static JsonNode get(RunningNode node, String path) {
        HearingsFederation.Response response = officer(node).get(path);
        if (response.status() != 200) {
            throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    static JsonNode awaitGet(RunningNode node, String path, Duration atMost, Predicate<JsonNode> condition) {
        return org.awaitility.Awaitility.await()
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> get(node, path), condition::test);
    }

    /** The officers' API of a node, called as its DVDS officer. */
    static HearingsFederation.Api officer(RunningNode node) {
        return new HearingsFederation.Api(node, OFFICER, PASSWORD);
    }

    /** The officers' API of a node, called as its coordinator. */
    static HearingsFederation.Api coordinator(RunningNode node) {
        return new HearingsFederation.Api(node);
    }
}
