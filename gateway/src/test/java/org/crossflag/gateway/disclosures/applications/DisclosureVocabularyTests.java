package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DisclosureVocabularyTests {

    /** One vocabulary: its constants, their wire codes, how a code is read, and the words an unknown code gets. */
    record Codes<E extends Enum<E>>(
            Class<E> type, Function<E, String> wire, Function<String, E> fromWire, String vocabulary) {

        void roundTrips() {
            for (E value : type.getEnumConstants()) {
                assertThat(wire.apply(value)).isEqualTo(value.name());
                assertThat(fromWire.apply(wire.apply(value))).isEqualTo(value);
            }
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static Stream<Codes<?>> vocabularies() {
        return Stream.of(
                new Codes<>(
                        DisclosureRoute.class, DisclosureRoute::wire, DisclosureRoute::fromWire, "disclosure route"),
                new Codes<>(ApplicantKind.class, ApplicantKind::wire, ApplicantKind::fromWire, "kind of applicant"),
                new Codes<>(
                        RelationshipToPersonAtRisk.class,
                        RelationshipToPersonAtRisk::wire,
                        RelationshipToPersonAtRisk::fromWire,
                        "relationship to the person at risk"),
                new Codes<>(
                        RelationshipToSubject.class,
                        RelationshipToSubject::wire,
                        RelationshipToSubject::fromWire,
                        "relationship to the subject"),
                new Codes<>(DecisionForum.class, DecisionForum::wire, DecisionForum::fromWire, "decision forum"),
                new Codes<>(
                        DisclosureMethod.class,
                        DisclosureMethod::wire,
                        DisclosureMethod::fromWire,
                        "disclosure method"),
                new Codes<>(
                        DisclosureRecipient.class,
                        DisclosureRecipient::wire,
                        DisclosureRecipient::fromWire,
                        "disclosure recipient"),
                new Codes<>(ForceState.class, ForceState::wire, ForceState::fromWire, "force state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void everyCodeIsItsNameAndReadsBack(Codes<?> codes) {
        codes.roundTrips();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void anUnknownCodeIsNamedWithItsVocabulary(Codes<?> codes) {
        for (String code : new String[] {"UNHEARD_OF", "", null}) {
            assertThatThrownBy(() -> codes.fromWire().apply(code))
                    .isInstanceOfSatisfying(UnknownCodeException.class, e -> {
                        assertThat(e.value()).isEqualTo(code);
                        assertThat(e.vocabulary()).isEqualTo(codes.vocabulary());
                    });
        }
        String lowerCase = codes.type().getEnumConstants()[0].name().toLowerCase(Locale.ROOT);
        assertThatThrownBy(() -> codes.fromWire().apply(lowerCase)).isInstanceOf(UnknownCodeException.class);
    }

    @Test
    void eachRouteSendsItsOwnPurpose() {
        assertThat(DisclosureRoute.RIGHT_TO_ASK.purpose()).isEqualTo(Purpose.DVDS_RIGHT_TO_ASK);
        assertThat(DisclosureRoute.RIGHT_TO_KNOW.purpose()).isEqualTo(Purpose.DVDS_RIGHT_TO_KNOW);
    }

    @Test
    void aDisclosureIsGivenInPersonOnly() {
        assertThat(DisclosureMethod.values()).containsExactly(DisclosureMethod.IN_PERSON);
    }

    @Test
    void theSubjectIsNeverARecipient() {
        assertThat(Arrays.stream(DisclosureRecipient.values()).map(DisclosureRecipient::wire))
                .containsExactly("PERSON_AT_RISK", "PERSON_PLACED_TO_PROTECT");
        for (String subject : new String[] {"SUBJECT", "B", "subject", "b", " SUBJECT "}) {
            assertThatThrownBy(() -> DisclosureRecipient.fromWire(subject))
                    .as(subject)
                    .isInstanceOfSatisfying(DisclosureToSubjectException.class, e -> {
                        assertThat(e.reasonCode()).isEqualTo("DISCLOSURE_TO_SUBJECT_REFUSED");
                        assertThat(e.field()).isEqualTo("recipient");
                    })
                    .hasMessage("a disclosure is never given to the subject (B)");
        }
    }

    @Test
    void aCodeMerelyContainingSubjectIsAnUnknownCode() {
        assertThatThrownBy(() -> DisclosureRecipient.fromWire("SUBJECTS_PARTNER"))
                .isInstanceOf(UnknownCodeException.class)
                .hasMessage("SUBJECTS_PARTNER is not a disclosure recipient");
    }
}
