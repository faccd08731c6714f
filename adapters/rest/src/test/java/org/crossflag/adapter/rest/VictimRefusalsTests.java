package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.adapter.rest.TestNode.asTrustedClient;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The victims, the subject's role and the abuse type are checked as strictly as every other field: each refusal
 * names the path at fault, never the value, and nothing reaches the node.
 */
@TestNode.WithRestAdapter
class VictimRefusalsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RecordingSink sink;

    @BeforeEach
    void freshNode() {
        sink.reset();
    }

    @ParameterizedTest(name = "{0}: {1} = {2} is {3}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "hearings, subjectRole, VICTIM, UNKNOWN_CODE, subjectRole",
                "hearings, subjectRole, perpetrator, UNKNOWN_CODE, subjectRole",
                "referrals, subjectRole, MUTUAL, UNKNOWN_CODE, subjectRole",
                "hearings, abuseType, FGM, UNKNOWN_CODE, abuseType",
                "referrals, abuseType, Stalking, UNKNOWN_CODE, abuseType",
                "hearings, victims[1].relationship, PARTNER, UNKNOWN_CODE, victims[1].relationship",
                "referrals, victims[0].relationship, Pellinore's ex, UNKNOWN_CODE, victims[0].relationship",
                "hearings, victims[0].role, PERPETRATOR, UNKNOWN_CODE, victims[0].role",
                "referrals, victims[1].role, mutual, UNKNOWN_CODE, victims[1].role",
                "corrections, hearing.victims[1].relationship, SPOUSE, UNKNOWN_CODE, hearing.victims[1].relationship",
                "hearings, victims[0].relationship, NULL, MISSING_FIELD, victims[0].relationship",
                "referrals, victims[1].relationship, '  ', MISSING_FIELD, victims[1].relationship",
                "hearings, victims[1].person, NULL, MISSING_FIELD, victims[1].person",
                "hearings, victims[0].person.localPersonId, NULL, MISSING_FIELD, victims[0].person.localPersonId",
                "hearings, victims[0].person.sex, Female, UNKNOWN_CODE, victims[0].person.sex",
                "hearings, victims[0].person.dateOfBirth, 19/02/1987, INVALID_DATE, victims[0].person.dateOfBirth",
                "referrals, victims[1].person.dateOfBirth, 1958-13, INVALID_DATE, victims[1].person.dateOfBirth",
                "hearings, victims[0].person.familyNames[0], '', MISSING_FIELD, victims[0].person.familyNames[0]",
            })
    void aHarmFieldAtFaultIsRefusedByItsPathAndNothingReachesTheNode(
            String path, String field, String value, String reason, String namedField) throws Exception {
        ObjectNode body = Bodies.with(Bodies.withHarm(Bodies.forPath(path)), field, value);

        send(path, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value(reason))
                .andExpect(jsonPath("$.field").value(namedField))
                .andExpect(jsonPath("$.message").value(containsString(namedField)));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void theValueOfABadCodeIsNeverRepeated() throws Exception {
        ObjectNode body = Bodies.with(Bodies.withHarm(Bodies.hearing()), "victims[0].relationship", "Honoria's ex");

        send("hearings", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(not(containsString("Honoria"))));
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"hearings, victims", "referrals, victims", "corrections, hearing.victims"})
    void moreThanEightVictimsAreRefusedAsTooMany(String path, String named) throws Exception {
        ObjectNode body = Bodies.withHarm(Bodies.forPath(path));
        ArrayNode victims = (ArrayNode) (path.equals("corrections") ? body.get("hearing") : body).get("victims");
        while (victims.size() <= EventMapper.MAX_VICTIMS) {
            victims.add(Bodies.victims().get(0));
        }

        send(path, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("VICTIMS_TOO_MANY"))
                .andExpect(jsonPath("$.field").value(named));
        assertThat(sink.calls()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"hearings, victims[0].person", "referrals, victims[1].person"})
    void aVictimWithNoFamilyNameAliasOrPncIdCannotBeMatchedAndIsRefused(String path, String named) throws Exception {
        ObjectNode body = Bodies.withHarm(Bodies.forPath(path));
        for (String field : new String[] {"familyNames", "aliases", "pncId"}) {
            Bodies.with(body, named + "." + field, null);
        }
        Bodies.with(body, named + ".givenNames", List.of("Honoria", "Gwendolyn"));

        send(path, body)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasonCode").value("VICTIM_UNIDENTIFIABLE"))
                .andExpect(jsonPath("$.field").value(named))
                .andExpect(jsonPath("$.message")
                        .value(allOf(
                                containsString(named), not(containsString("Honoria")), not(containsString("Gwen")))));
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aVictimOfTheWrongJsonKindOrWithAFieldItDoesNotTakeIsRefused() throws Exception {
        ObjectNode notAList =
                Bodies.with(Bodies.hearing(), "victims", Bodies.victims().get(0));
        send("hearings", notAList)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("WRONG_JSON_TYPE"))
                .andExpect(jsonPath("$.field").value("victims"));

        ObjectNode misspelt = Bodies.with(Bodies.withHarm(Bodies.hearing()), "victims[1].relationShip", "SIBLING");
        send("hearings", misspelt)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("UNKNOWN_FIELD"))
                .andExpect(jsonPath("$.field").value("victims[1]"));

        ObjectNode empty = Bodies.with(Bodies.withHarm(Bodies.referral()), "victims[0]", null);
        send("referrals", empty)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.reasonCode").value("MISSING_FIELD"))
                .andExpect(jsonPath("$.field").value("victims[0]"));
        assertThat(sink.calls()).isEmpty();
    }

    ResultActions send(String path, ObjectNode body) throws Exception {
        return mvc.perform(post(LocalEventsController.BASE_PATH + "/" + path)
                .with(asTrustedClient())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Bodies.text(body)));
    }
}
