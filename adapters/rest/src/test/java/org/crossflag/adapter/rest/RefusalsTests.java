package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.adapter.rest.TestNode.asClient;
import static org.crossflag.adapter.rest.TestNode.asTrustedClient;
import static org.crossflag.adapter.rest.TestNode.signedInAs;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every refusal: its status, its reason code and the field it names, a message that never repeats the value sent,
 * and proof that nothing reached the node.
 */
@TestNode.WithRestAdapter
class RefusalsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingSink sink;

    @BeforeEach
    void freshNode() {
        sink.reset();
    }

    // ---- fields -----------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: {1} = {2} is {3}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                // A required field left out, on every endpoint.
                "hearings, localReference, NULL, MISSING_FIELD, localReference",
                "hearings, forum, '  ', MISSING_FIELD, forum",
                "hearings, heardOn, NULL, MISSING_FIELD, heardOn",
                "hearings, subject, NULL, MISSING_FIELD, subject",
                "hearings, subject.localPersonId, NULL, MISSING_FIELD, subject.localPersonId",
                "hearings, coordinator, NULL, MISSING_FIELD, coordinator",
                "hearings, coordinator.name, NULL, MISSING_FIELD, coordinator.name",
                "hearings, score.toolVersion, NULL, MISSING_FIELD, score.toolVersion",
                "referrals, referredOn, NULL, MISSING_FIELD, referredOn",
                "referrals, coordinator.name, '', MISSING_FIELD, coordinator.name",
                "person-records, reference, NULL, MISSING_FIELD, reference",
                "person-records, person, NULL, MISSING_FIELD, person",
                "person-records, kind, NULL, MISSING_FIELD, kind",
                "person-records, date, NULL, MISSING_FIELD, date",
                "person-records, summary, NULL, MISSING_FIELD, summary",
                "dvds-applications, route, NULL, MISSING_FIELD, route",
                "dvds-applications, receivedOn, NULL, MISSING_FIELD, receivedOn",
                "dvds-applications, subject, NULL, MISSING_FIELD, subject",
                "dvds-applications, applicant.kind, NULL, MISSING_FIELD, applicant.kind",
                "dvds-applications, officer, NULL, MISSING_FIELD, officer",
                "circumstance-changes, kind, NULL, MISSING_FIELD, kind",
                "circumstance-changes, orderType, NULL, MISSING_FIELD, orderType",
                "circumstance-changes, orderReference, NULL, MISSING_FIELD, orderReference",
                "circumstance-changes, changedOn, NULL, MISSING_FIELD, changedOn",
                "circumstance-changes, notifiedOn, NULL, MISSING_FIELD, notifiedOn",
                "circumstance-changes, subject, NULL, MISSING_FIELD, subject",
                "circumstance-changes, offenderManager, NULL, MISSING_FIELD, offenderManager",
                "corrections, hearing, NULL, MISSING_FIELD, hearing",
                "corrections, correctedOn, NULL, MISSING_FIELD, correctedOn",
                "corrections, hearing.subject.localPersonId, NULL, MISSING_FIELD, hearing.subject.localPersonId",
                "withdrawals, recordType, NULL, MISSING_FIELD, recordType",
                "withdrawals, localReference, NULL, MISSING_FIELD, localReference",
                "withdrawals, withdrawnOn, NULL, MISSING_FIELD, withdrawnOn",
                // A contact no one could reach.
                "circumstance-changes, offenderManager.phone, NULL, MISSING_FIELD, offenderManager.phone",
                // Unknown codes.
                "hearings, forum, marac, UNKNOWN_CODE, forum",
                "referrals, forum, Quenby panel, UNKNOWN_CODE, forum",
                "person-records, kind, CONVICTED, UNKNOWN_CODE, kind",
                "dvds-applications, route, RIGHT_TO_TELL, UNKNOWN_CODE, route",
                "dvds-applications, consent, MAYBE, UNKNOWN_CODE, consent",
                "circumstance-changes, kind, NEW_JOB, UNKNOWN_CODE, kind",
                "circumstance-changes, orderType, RO, UNKNOWN_CODE, orderType",
                "withdrawals, recordType, ALERT, UNKNOWN_CODE, recordType",
                "hearings, subject.sex, Male, UNKNOWN_CODE, subject.sex",
                // Bad dates.
                "hearings, heardOn, 2026-02-30, INVALID_DATE, heardOn",
                "referrals, referredOn, 02/04/2026, INVALID_DATE, referredOn",
                "person-records, endsOn, 2027-13-03, INVALID_DATE, endsOn",
                "dvds-applications, receivedOn, yesterday, INVALID_DATE, receivedOn",
                "circumstance-changes, notifiedOn, 2026-5-3, INVALID_DATE, notifiedOn",
                "corrections, correctedOn, 2026-03-20T10:00, INVALID_DATE, correctedOn",
                "withdrawals, withdrawnOn, 20260520, INVALID_DATE, withdrawnOn",
                "hearings, subject.dateOfBirth, 1982-13, INVALID_DATE, subject.dateOfBirth",
                "dvds-applications, personAtRisk.dateOfBirth, 14/06/1982, INVALID_DATE, personAtRisk.dateOfBirth",
                // The forms of FieldRules.
                "hearings, coordinator.phone, call Quarrybank front desk, INVALID_FORM, coordinator.phone",
                "hearings, localReference, MARAC+QRB, INVALID_FORM, localReference",
                "circumstance-changes, orderHeldBy, Quarrybank, INVALID_FORM, orderHeldBy",
                "dvds-applications, categories[1], offence history, INVALID_FORM, categories[1]",
                "dvds-applications, officer.email, dvds desk, INVALID_FORM, officer.email",
                // Control characters.
            })
    void aFieldAtFaultIsRefusedByItsPathAndNothingReachesTheNode(
            String path, String field, String value, String reason, String namedField) throws Exception {
        ObjectNode body = Bodies.with(Bodies.forPath(path), field, value);

        send(path, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value(reason))
                .andExpect(jsonPath("$.field").value(namedField))
                .andExpect(jsonPath("$.message").value(containsString(namedField)));
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0} longer than {1}")
    @CsvSource({
        "localReference, 81",
        "subject.localPersonId, 81",
        "coordinator.name, 121",
        "coordinator.phone, 41",
        "coordinator.email, 255",
        "score.tool, 21",
        "subject.addressLine, 501",
        "subject.givenNames[1], 501"
    })
    void aValueTooLongForFieldRulesIsRefused(String field, int length) throws Exception {
        String value = field.endsWith("email") ? "a".repeat(length - 12) + "@mail.example" : "7".repeat(length);

        send("hearings", Bodies.with(Bodies.hearing(), field, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("VALUE_TOO_LONG"))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.message").value(field + " is longer than " + (length - 1) + " characters"));
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "hearings, subject.familyNames[0]",
        "hearings, coordinator.name",
        "person-records, summary",
        "dvds-applications, applicant.person.localPersonId"
    })
    void aControlCharacterIsRefused(String path, String field) throws Exception {
        for (String text : List.of("Tarrant\u0007Bleek", "Assault\nby beating", "Quarry\u2028bank")) {
            send(path, Bodies.with(Bodies.forPath(path), field, text))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.reasonCode").value("INVALID_CHARACTERS"))
                    .andExpect(jsonPath("$.field").value(field));
        }
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aJustificationMayHoldLineBreaksButNoOtherControlCharacter() throws Exception {
        send("dvds-applications", Bodies.with(Bodies.dvdsApplication(), "justification", "Risk\r\n\tof harm"))
                .andExpect(status().isCreated());
        send("dvds-applications", Bodies.with(Bodies.dvdsApplication(), "justification", "Risk\u0000of harm"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("INVALID_CHARACTERS"))
                .andExpect(jsonPath("$.field").value("justification"));
        assertThat(sink.calls()).hasSize(1);
    }

    @Test
    void aValueAtItsLongestIsTaken() throws Exception {
        ObjectNode body = Bodies.with(Bodies.hearing(), "localReference", "R".repeat(80));
        Bodies.with(body, "subject.addressLine", "9".repeat(500));

        send("hearings", body).andExpect(status().isCreated());
    }

    @Test
    void aSummaryOverFiveHundredCharactersIsRefused() throws Exception {
        send("person-records", Bodies.with(Bodies.personRecord(), "summary", "x".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("VALUE_TOO_LONG"))
                .andExpect(jsonPath("$.field").value("summary"));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void theValueSentIsNeverRepeated() throws Exception {
        send("hearings", Bodies.with(Bodies.hearing(), "subject.dateOfBirth", "Oswin-06-14"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(not(containsString("Oswin"))));
        send("hearings", Bodies.with(Bodies.hearing(), "forum", "Tarrant-Bleek panel"))
                .andExpect(jsonPath("$.message").value(not(containsString("Tarrant"))));
        assertThat(sink.calls()).isEmpty();
    }

    // ---- the body as a whole ----------------------------------------------------------------------------------------

    @Test
    void aBodyOverTheLimitIs413UnreadAndNothingReachesTheNode() throws Exception {
        ObjectNode body = Bodies.with(Bodies.hearing(), "subject.aliases", List.of("x".repeat(400)));
        String padded = Bodies.text(body).replace("{", "{" + " ".repeat(256 * 1024));

        mvc.perform(request("hearings").content(padded))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.reasonCode").value("BODY_TOO_LARGE"))
                .andExpect(jsonPath("$.field").doesNotExist());
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {"text/plain", "application/xml", "application/json; charset=ISO-8859-1", "not a type", "NULL"})
    void aBodyThatIsNotJsonIs415(String contentType) throws Exception {
        MockHttpServletRequestBuilder request = post(LocalEventsController.BASE_PATH + "/hearings")
                .with(asTrustedClient())
                .content(Bodies.text(Bodies.hearing()));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }

        mvc.perform(request)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.reasonCode").value("UNSUPPORTED_MEDIA_TYPE"));
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"localReference\": \"MARAC-QRB-1\", \"subject\": {\"givenNames\": [\"Oswin\",, ]}} | subject.givenNames[1]",
                "{\"localReference\": \"MARAC-QRB-1\", \"subject\": {\"localPersonId\": Oswin}} | subject.localPersonId",
                "{\"localReference\": \"MARAC-QRB-1\", \"localReference\": \"MARAC-QRB-2\"} | localReference",
                "{\"localReference\": \"MARAC-QRB-1\"} {} | ",
                "{\"localReference\": \"MARAC-QRB-1\", \"Oswin Tarrant\": nope} | ",
                "{\"localReference\" | localReference",
            })
    void malformedJsonIs400NamingTheFieldWhereTheParserWas(String text, String field) throws Exception {
        ResultActions answer = mvc.perform(request("hearings").content(text))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("MALFORMED_JSON"))
                .andExpect(
                        jsonPath("$.message").value(allOf(not(containsString("Oswin")), not(containsString("nope")))));
        if (field == null) {
            answer.andExpect(jsonPath("$.field").doesNotExist());
        } else {
            answer.andExpect(jsonPath("$.field").value(field));
        }
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "subject.localPersonId | 417 | subject.localPersonId",
                "subject.givenNames | \"Oswin\" | subject.givenNames",
                "subject.givenNames[0] | {} | subject.givenNames[0]",
                "forum | [\"MARAC\"] | forum",
                "score | true | score",
                "heardOn | 20260312 | heardOn",
            })
    void aValueOfTheWrongJsonKindIs400NamingItsField(String field, String json, String named) throws Exception {
        ObjectNode body = Bodies.with(Bodies.hearing(), field, Bodies.JSON.readTree(json));

        send("hearings", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("WRONG_JSON_TYPE"))
                .andExpect(jsonPath("$.field").value(named));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aFieldTheEndpointDoesNotTakeIsRefusedByTheObjectHoldingIt() throws Exception {
        ObjectNode misspelt = Bodies.with(Bodies.hearing(), "subject.pncID", "84/220917R");
        send("hearings", misspelt)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("UNKNOWN_FIELD"))
                .andExpect(jsonPath("$.field").value("subject"));

        // A name the client made up is never repeated: it could be anything, a person's name included.
        ObjectNode named = Bodies.with(Bodies.referral(), "Marisol Quenby", "victim");
        send("referrals", named)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("UNKNOWN_FIELD"))
                .andExpect(jsonPath("$.field").doesNotExist())
                .andExpect(jsonPath("$.message").value(not(containsString("Marisol"))));
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {"''", "'   '", "null"})
    void anEmptyBodyIs400(String text) throws Exception {
        mvc.perform(request("withdrawals").content(text))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("MISSING_BODY"));
        assertThat(sink.calls()).isEmpty();
    }

    // ---- who may send what ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("org.crossflag.adapter.rest.TestNode#paths")
    void withoutAuthenticationEveryEndpointIs401(String path) throws Exception {
        mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Bodies.text(Bodies.forPath(path))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.reasonCode").value("NOT_AUTHENTICATED"));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void anAnonymousAuthenticationIs401() throws Exception {
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken(
                "key",
                "anonymousUser",
                List.of(new SimpleGrantedAuthority(LocalEventType.HEARING_RECORDED.authority())));

        mvc.perform(post(LocalEventsController.BASE_PATH + "/hearings")
                        .with(signedInAs(anonymous))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Bodies.text(Bodies.hearing())))
                .andExpect(status().isUnauthorized());
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "hearings, HEARING_RECORDED",
        "referrals, REFERRAL_RECEIVED",
        "person-records, PERSON_RECORD_HELD",
        "dvds-applications, DVDS_APPLICATION_RECEIVED",
        "circumstance-changes, CIRCUMSTANCE_CHANGE_NOTIFIED",
        "corrections, RECORD_CORRECTED",
        "withdrawals, RECORD_WITHDRAWN"
    })
    void eachEndpointNeedsTheAuthorityOfItsOwnEvent(String path, LocalEventType event) throws Exception {
        LocalEventType[] everyOther = java.util.Arrays.stream(LocalEventType.values())
                .filter(other -> other != event)
                .toArray(LocalEventType[]::new);

        mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                        .with(asClient("other-system", everyOther))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Bodies.text(Bodies.forPath(path))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasonCode").value("EVENT_NOT_ALLOWED"))
                .andExpect(jsonPath("$.field").doesNotExist());
        assertThat(sink.calls()).isEmpty();

        mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                        .with(asClient("own-system", event))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Bodies.text(Bodies.forPath(path))))
                .andExpect(status().is2xxSuccessful());
        assertThat(sink.calls()).hasSize(1);
    }

    @Test
    void theAuthorityIsCheckedBeforeTheBodyIsRead() throws Exception {
        // A malformed, oversized body of the wrong type: a client without the authority learns only that.
        mvc.perform(post(LocalEventsController.BASE_PATH + "/hearings")
                        .with(asClient("other-system", LocalEventType.REFERRAL_RECEIVED))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{\"localReference\": " + " ".repeat(300 * 1024)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasonCode").value("EVENT_NOT_ALLOWED"));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aRoleOrAnAuthorityOfAnotherNameIsNotTheEventsAuthority() throws Exception {
        UsernamePasswordAuthenticationToken lookalike = UsernamePasswordAuthenticationToken.authenticated(
                "case-system",
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_" + LocalEventType.HEARING_RECORDED.authority()),
                        new SimpleGrantedAuthority("HEARING_RECORDED"),
                        new SimpleGrantedAuthority(
                                LocalEventType.HEARING_RECORDED.authority().toLowerCase())));

        mvc.perform(post(LocalEventsController.BASE_PATH + "/hearings")
                        .with(signedInAs(lookalike))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Bodies.text(Bodies.hearing())))
                .andExpect(status().isForbidden());
        assertThat(sink.calls()).isEmpty();
    }

    // ---- the node's answers -----------------------------------------------------------------------------------------

    @Test
    void aRecordTheNodeRefusesIs422WithTheNodesReasonCodeAndNothingIsStored() throws Exception {
        sink.refuse("CR/2019/0042", "SUBJECT_UNIDENTIFIABLE", "Oswin Tarrant-Bleek born 1982-06-14 has no PNC id");

        send("person-records", Bodies.personRecord())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("SUBJECT_UNIDENTIFIABLE"))
                .andExpect(jsonPath("$.message").value(not(containsString("Oswin"))))
                .andExpect(jsonPath("$.field").doesNotExist());

        sink.reset();
        send("person-records", Bodies.personRecord()).andExpect(status().isCreated());
    }

    @Test
    void aCorrectionOfAnUnknownRecordIs422RecordNotFound() throws Exception {
        sink.refuse("MARAC-QRB-2026-0412", "RECORD_NOT_FOUND", "no hearing under this reference");

        send("corrections", Bodies.correction())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("RECORD_NOT_FOUND"));
    }

    @Test
    void aReasonCodeThatIsNotACodeIsAnsweredAsRejectedByNode() throws Exception {
        sink.refuse("MARAC-QRB-2026-0412", "NO_MATCH_FOR Oswin Tarrant-Bleek", "Oswin Tarrant-Bleek");

        send("withdrawals", Bodies.withdrawal())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("REJECTED_BY_NODE"))
                .andExpect(jsonPath("$.message").value(not(containsString("Oswin"))));
    }

    @Test
    void aNodeThatCannotStoreIs503AndTheSameRequestMaySimplyBeSentAgain() throws Exception {
        sink.failWith(new IllegalStateException("connection to the database lost"));

        send("referrals", Bodies.referral())
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.reasonCode").value("NODE_UNAVAILABLE"))
                .andExpect(jsonPath("$.message").value(not(containsString("database"))));

        sink.reset();
        send("referrals", Bodies.referral())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.duplicate").value(false));
    }

    MockHttpServletRequestBuilder request(String path) {
        return post(LocalEventsController.BASE_PATH + "/" + path)
                .with(asTrustedClient())
                .contentType(MediaType.APPLICATION_JSON);
    }

    ResultActions send(String path, ObjectNode body) throws Exception {
        return mvc.perform(request(path).content(Bodies.text(body)));
    }
}
