package org.crossflag.gateway.federation.envelope;

import java.io.IOException;
import java.util.function.Function;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.adapter.UnknownCodeException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Writes the federation's codes as the wire carries them and reads them back; a code the vocabulary does not know
 * fails the read, naming the value (codes carry no personal data).
 */
final class WireCodesModule extends SimpleModule {

    WireCodesModule() {
        super("crossflag-wire-codes");
        code(MessageType.class, MessageType::wire, MessageType::fromWire);
        code(Purpose.class, Purpose::wire, Purpose::fromWire);
        code(LegalBasis.class, LegalBasis::wire, LegalBasis::fromWire);
        code(DataCategory.class, DataCategory::wire, DataCategory::fromWire);
        code(RequesterRole.class, RequesterRole::wire, RequesterRole::fromWire);
        code(ConsentState.class, ConsentState::wire, ConsentState::fromWire);
        code(Forum.class, Forum::wire, Forum::fromWire);
    }

    private <T> void code(Class<T> type, Function<T, String> toWire, Function<String, T> fromWire) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeString(toWire.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser in, DeserializationContext context) throws IOException {
                if (in.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(context.handleUnexpectedToken(type, in));
                }
                String text = in.getText();
                try {
                    return fromWire.apply(text);
                } catch (UnknownCodeException e) {
                    throw context.weirdStringException(text, type, e.getMessage());
                }
            }
        });
    }
}
