package org.crossflag.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a request body as one of the request records, strictly: {@code application/json} only, at most the configured
 * number of bytes, no unknown or repeated field, no number where text is expected, nothing after the object. A
 * refusal names the JSON path at fault as far as the parser got, but only through field names the contract defines:
 * a name the client made up may be anything, a person's name included, so it is never repeated.
 */
final class JsonBodyReader {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    /** Every field name the request records define, at any depth. */
    private static final Set<String> KNOWN_NAMES = knownNames(List.of(
            HearingRequest.class,
            ReferralRequest.class,
            PersonRecordRequest.class,
            DvdsApplicationRequest.class,
            CircumstanceChangeRequest.class,
            CorrectionRequest.class,
            WithdrawalRequest.class));

    private final long maxBytes;

    JsonBodyReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @throws RequestRefusedException naming the reason and, where there is one, the field at fault */
    <T> T read(HttpServletRequest request, Class<T> type) {
        checkContentType(request.getContentType());
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // One byte more than allowed tells a body that is too large from one that just fits.
            body = in.readNBytes(Math.toIntExact(maxBytes) + 1);
        } catch (IOException e) {
            throw new RequestRefusedException(Reason.MISSING_BODY, null, "the body could not be read to its end");
        }
        if (body.length > maxBytes) {
            throw tooLarge();
        }
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw missingBody();
        }
        T value;
        try (JsonParser parser = STRICT.createParser(body)) {
            value = STRICT.readValue(parser, type);
            if (parser.nextToken() != null) {
                throw new RequestRefusedException(
                        Reason.MALFORMED_JSON, null, "the body holds more than one JSON value");
            }
        } catch (UnrecognizedPropertyException e) {
            String holder = knownPath(e.getPath().subList(0, e.getPath().size() - 1));
            throw new RequestRefusedException(
                    Reason.UNKNOWN_FIELD,
                    holder,
                    (holder == null ? "the body" : holder) + " holds a field this endpoint does not take");
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException malformed) {
                // Malformed JSON inside an object arrives wrapped; the parser knows best where it stopped.
                throw malformed(malformed);
            }
            String field = knownPath(e.getPath());
            throw new RequestRefusedException(
                    Reason.WRONG_JSON_TYPE,
                    field,
                    (field == null ? "the body" : field) + " is not the kind of JSON value this endpoint takes");
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new RequestRefusedException(Reason.MALFORMED_JSON, null, "the body is not well-formed JSON");
        }
        if (value == null) {
            throw missingBody();
        }
        return value;
    }

    private static RequestRefusedException malformed(JsonProcessingException e) {
        String field = e.getProcessor() instanceof JsonParser parser ? knownPath(parser.getParsingContext()) : null;
        return new RequestRefusedException(
                Reason.MALFORMED_JSON,
                field,
                "the body is not well-formed JSON" + (field == null ? "" : " (at " + field + ")"));
    }

    private static void checkContentType(String contentType) {
        MediaType type = null;
        if (contentType != null) {
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                type = null;
            }
        }
        boolean json = type != null
                && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
        if (!json) {
            throw new RequestRefusedException(
                    Reason.UNSUPPORTED_MEDIA_TYPE, null, "the body must be application/json, in UTF-8");
        }
    }

    private RequestRefusedException tooLarge() {
        return new RequestRefusedException(
                Reason.BODY_TOO_LARGE, null, "the body is larger than the " + maxBytes + " bytes this node takes");
    }

    private static RequestRefusedException missingBody() {
        return new RequestRefusedException(Reason.MISSING_BODY, null, "the body is empty");
    }

    /** The path as far as its field names are the contract's, e.g. {@code subject.givenNames[1]}; null if none. */
    static String knownPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            String name = reference.getFieldName();
            if (name != null) {
                if (!KNOWN_NAMES.contains(name)) {
                    break;
                }
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String knownPath(JsonStreamContext context) {
        Deque<JsonMappingException.Reference> references = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                references.push(new JsonMappingException.Reference(null, Math.max(at.getCurrentIndex(), 0)));
            } else if (at.getCurrentName() != null) {
                references.push(new JsonMappingException.Reference(null, at.getCurrentName()));
            }
        }
        return knownPath(List.copyOf(references));
    }

    private static Set<String> knownNames(List<Class<?>> types) {
        Set<String> names = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(types);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (seen.add(type)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                    Class<?> held = heldType(component);
                    if (held.isRecord()) {
                        pending.push(held);
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The type a component holds: its own, or its entries' for a list of records (the victims). */
    private static Class<?> heldType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> entry) {
            return entry;
        }
        return component.getType();
    }
}
