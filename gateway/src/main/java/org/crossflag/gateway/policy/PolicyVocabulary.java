package org.crossflag.gateway.policy;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;

/** What one list of a policy file holds: its name in messages, how a value is read, and the codes it allows. */
record PolicyVocabulary<T>(String name, Function<String, T> parse, List<String> codes) {

    static final String MEMBER_CODE = "[A-Z]{2}-[A-Z0-9]{2,8}";

    static final PolicyVocabulary<String> MEMBERS = new PolicyVocabulary<>(
            "member code or *, or " + PolicyFile.GROUP_PREFIX + "<name> of a group",
            PolicyVocabulary::member,
            List.of());
    static final PolicyVocabulary<String> MEMBER_CODES =
            new PolicyVocabulary<>("member code", PolicyVocabulary::memberCode, List.of());
    static final PolicyVocabulary<DataSharingPolicy.Direction> DIRECTIONS = new PolicyVocabulary<>(
            "direction", PolicyVocabulary::direction, codes(DataSharingPolicy.Direction.values(), Enum::name));
    static final PolicyVocabulary<MessageType> MESSAGE_TYPES = new PolicyVocabulary<>(
            "message type an agreement covers",
            PolicyVocabulary::agreedMessageType,
            Arrays.stream(MessageType.values())
                    .filter(t -> t != MessageType.REFUSAL)
                    .map(MessageType::wire)
                    .toList());
    static final PolicyVocabulary<Purpose> PURPOSES =
            new PolicyVocabulary<>("purpose", Purpose::fromWire, codes(Purpose.values(), Purpose::wire));
    static final PolicyVocabulary<LegalBasis> LEGAL_BASES =
            new PolicyVocabulary<>("legal basis", LegalBasis::fromWire, codes(LegalBasis.values(), LegalBasis::wire));
    static final PolicyVocabulary<DataCategory> DATA_CATEGORIES = new PolicyVocabulary<>(
            "data category", DataCategory::fromWire, codes(DataCategory.values(), DataCategory::wire));
    static final PolicyVocabulary<RequesterRole> ROLES = new PolicyVocabulary<>(
            "requester role", RequesterRole::fromWire, codes(RequesterRole.values(), RequesterRole::wire));
    static final PolicyVocabulary<ConsentState> CONSENT_STATES = new PolicyVocabulary<>(
            "consent state", ConsentState::fromWire, codes(ConsentState.values(), ConsentState::wire));

    /** A member code, "*", or a reference to a group (whether the group exists is checked by the file). */
    private static String member(String value) {
        if (value != null
                && (value.equals(SharingAgreement.ANY_MEMBER)
                        || value.matches(MEMBER_CODE)
                        || value.startsWith(PolicyFile.GROUP_PREFIX))) {
            return value;
        }
        throw new UnknownCodeException(MEMBERS.name(), value);
    }

    private static String memberCode(String value) {
        if (value == null || !value.matches(MEMBER_CODE)) {
            throw new UnknownCodeException("member code", value);
        }
        return value;
    }

    private static DataSharingPolicy.Direction direction(String value) {
        return Arrays.stream(DataSharingPolicy.Direction.values())
                .filter(d -> d.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new UnknownCodeException("direction", value));
    }

    /** Refusals are always sent and always read; no agreement governs them. */
    private static MessageType agreedMessageType(String value) {
        MessageType type = MessageType.fromWire(value);
        if (type == MessageType.REFUSAL) {
            throw new UnknownCodeException("message type an agreement covers", value);
        }
        return type;
    }

    private static <E> List<String> codes(E[] values, Function<E, String> wire) {
        return Arrays.stream(values).map(wire).toList();
    }
}
