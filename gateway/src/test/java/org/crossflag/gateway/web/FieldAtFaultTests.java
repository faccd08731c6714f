package org.crossflag.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

class FieldAtFaultTests {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    record Hearing(LocalDate heardOn, ConsentState consent, Integer attendees, boolean repeat) {}

    record Case(String reference, List<Hearing> hearings) {}

    @Test
    void anImpossibleDateInAListNamesItsPathAndTheFormNeverTheValue() {
        FieldAtFault field = fieldOf(Case.class, "{\"hearings\":[{\"heardOn\":\"2026-02-30\"}]}");

        assertThat(field.path()).isEqualTo("hearings[0].heardOn");
        assertThat(field.message()).isEqualTo("hearings[0].heardOn: not a date of the form 2026-12-07");
    }

    @Test
    void aDateOfAnotherFormIsRefusedTheSameWay() {
        FieldAtFault field = fieldOf(Case.class, "{\"hearings\":[{},{\"heardOn\":\"30/02/2026\"}]}");

        assertThat(field.path()).isEqualTo("hearings[1].heardOn");
        assertThat(field.message()).doesNotContain("30/02/2026");
    }

    @Test
    void anUnknownCodeListsTheCodesAllowed() {
        FieldAtFault field = fieldOf(Case.class, "{\"hearings\":[{\"consent\":\"MAYBE\"}]}");

        assertThat(field.path()).isEqualTo("hearings[0].consent");
        assertThat(field.message())
                .isEqualTo("hearings[0].consent: not one of GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN")
                .doesNotContain("MAYBE");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatTheFieldTakes() {
        assertThat(fieldOf(Case.class, "{\"hearings\":[{\"attendees\":\"several\"}]}")
                        .message())
                .isEqualTo("hearings[0].attendees: not a whole number");
        assertThat(fieldOf(Case.class, "{\"hearings\":[{\"repeat\":\"perhaps\"}]}")
                        .message())
                .isEqualTo("hearings[0].repeat: not true or false");
        assertThat(fieldOf(Case.class, "{\"reference\":{\"a\":1}}").message()).isEqualTo("reference: not text");
        assertThat(fieldOf(Case.class, "{\"hearings\":{\"a\":1}}").message()).isEqualTo("hearings: not a list");
        assertThat(fieldOf(Case.class, "{\"hearings\":[\"x\"]}").message()).isEqualTo("hearings[0]: not an object");
    }

    @Test
    void anUnknownFieldIsNamedWhenTheReaderRefusesThem() {
        ObjectMapper strict = JSON.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Throwable failure = catchThrowable(() -> strict.readValue("{\"hearings\":[{\"heardAt\":1}]}", Case.class));

        assertThat(FieldAtFault.of(failure))
                .hasValueSatisfying(field ->
                        assertThat(field.message()).isEqualTo("hearings[0].heardAt: not a field this call takes"));
    }

    @Test
    void brokenJsonOrAWrongBodyNamesNoField() {
        assertThat(FieldAtFault.of(catchThrowable(() -> JSON.readValue("{\"reference\": ", Case.class))))
                .isEmpty();
        assertThat(FieldAtFault.of(catchThrowable(() -> JSON.readValue("[1, 2]", Case.class))))
                .isEmpty();
        assertThat(FieldAtFault.of(new IllegalStateException("not from Jackson")))
                .isEmpty();
    }

    @Test
    void formsForTimesAndNumbers() {
        assertThat(FieldAtFault.expectedForm(Instant.class)).isEqualTo("a time of the form 2026-12-07T09:30:00Z");
        assertThat(FieldAtFault.expectedForm(double.class)).isEqualTo("a number");
        assertThat(FieldAtFault.expectedForm(long.class)).isEqualTo("a whole number");
    }

    static FieldAtFault fieldOf(Class<?> type, String json) {
        Throwable failure = catchThrowable(() -> JSON.readValue(json, type));
        assertThat(failure).as("the body is refused").isNotNull();
        return FieldAtFault.of(failure).orElseThrow();
    }
}
