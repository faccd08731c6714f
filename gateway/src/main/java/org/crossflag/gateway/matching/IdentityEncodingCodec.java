package org.crossflag.gateway.matching;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An {@link IdentityEncoding} as JSON, for queries between nodes. The JSON holds only the key version, base64
 * filters, blocking keys and strong-identifier tokens: never a name, a date or any readable field. Typical size is
 * about 800 bytes; with the most name variants and identifiers, about 1.5 KB.
 *
 * <pre>
 * {"format":1, "keyVersion":3, "clk":"...", "names":["..."], "middleNames":"...", "dateOfBirth":"...",
 *  "postcode":"...", "blockingKeys":[16842752, ...], "pnc":"...", "phone":"...", "email":"..."}
 * </pre>
 *
 * Reading is strict: unknown fields, wrong lengths, bad base64, balanced filters without exactly half their bits
 * set, or malformed blocking keys are refused with {@link MatchingReason#ENCODING_INVALID}.
 */
public final class IdentityEncodingCodec {

    static final int FORMAT = 1;
    static final int MAX_BLOCKING_KEYS = 128;
    private static final Set<String> FIELDS = Set.of(
            "format",
            "keyVersion",
            "clk",
            "names",
            "middleNames",
            "dateOfBirth",
            "postcode",
            "address",
            "blockingKeys",
            "pnc",
            "phone",
            "email");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public ObjectNode write(IdentityEncoding encoding) {
        ObjectNode node = JSON.objectNode();
        node.put("format", FORMAT);
        node.put("keyVersion", encoding.keyVersion());
        node.put("clk", base64(encoding.clk()));
        ArrayNode names = node.putArray("names");
        for (long[] row : encoding.names()) {
            names.add(base64(row));
        }
        node.put("middleNames", base64(encoding.middleNames()));
        node.put("dateOfBirth", base64(encoding.dateOfBirth()));
        node.put("postcode", base64(encoding.postcode()));
        node.put("address", base64(encoding.address()));
        ArrayNode keys = node.putArray("blockingKeys");
        for (int key : encoding.blockingKeys()) {
            keys.add(key);
        }
        putToken(node, "pnc", encoding.pncToken());
        putToken(node, "phone", encoding.phoneToken());
        putToken(node, "email", encoding.emailToken());
        return node;
    }

    /** Reads and validates an encoding. */
    public IdentityEncoding read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw invalid("an encoding must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw invalid("unknown field " + printable(name));
            }
        }
        if (integer(node, "format") != FORMAT) {
            throw invalid("format must be " + FORMAT);
        }
        int version = integer(node, "keyVersion");
        if (version < 1) {
            throw invalid("keyVersion must be at least 1");
        }
        long[] clk = filter(node, "clk", FilterField.CLK.words());
        JsonNode namesNode = node.get("names");
        if (namesNode == null
                || !namesNode.isArray()
                || namesNode.isEmpty()
                || namesNode.size() > IdentityNormaliser.MAX_VARIANTS) {
            throw invalid("names must be an array of 1 to " + IdentityNormaliser.MAX_VARIANTS + " filters");
        }
        long[][] names = new long[namesNode.size()][];
        int g = FilterField.NAME.words();
        for (int i = 0; i < names.length; i++) {
            names[i] = words(namesNode.get(i), "names[" + i + "]", IdentityEncoding.NAME_WORDS);
            requireBalanced(names[i], 0, g, "names[" + i + "] given name");
            requireBalanced(names[i], g, g, "names[" + i + "] family name");
        }
        long[] middle = filter(node, "middleNames", FilterField.MIDDLE_NAMES.words());
        requireBalanced(middle, 0, middle.length, "middleNames");
        long[] date = filter(node, "dateOfBirth", IdentityEncoding.DATE_WORDS);
        requireBalanced(date, 0, FilterField.BIRTH_YEAR.words(), "dateOfBirth year");
        requireBalanced(
                date, FilterField.BIRTH_YEAR.words(), FilterField.BIRTH_DAY_MONTH.words(), "dateOfBirth day and month");
        requireBalanced(
                date,
                FilterField.BIRTH_YEAR.words() + FilterField.BIRTH_DAY_MONTH.words(),
                FilterField.BIRTH_DAY_MONTH_PAIR.words(),
                "dateOfBirth day-month pair");
        long[] postcode = filter(node, "postcode", FilterField.POSTCODE.words());
        requireBalanced(postcode, 0, postcode.length, "postcode");
        long[] address = node.has("address")
                ? filter(node, "address", FilterField.ADDRESS.words())
                : new long[FilterField.ADDRESS.words()];
        requireBalanced(address, 0, address.length, "address");
        return new IdentityEncoding(
                version,
                clk,
                names,
                middle,
                date,
                postcode,
                address,
                blockingKeys(node.get("blockingKeys")),
                token(node, "pnc"),
                token(node, "phone"),
                token(node, "email"));
    }

    private static int[] blockingKeys(JsonNode keys) {
        if (keys == null || !keys.isArray() || keys.size() > MAX_BLOCKING_KEYS) {
            throw invalid("blockingKeys must be an array of at most " + MAX_BLOCKING_KEYS + " integers");
        }
        int[] values = new int[keys.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode key = keys.get(i);
            if (!key.isInt() || !BlockingKey.isValid(key.intValue())) {
                throw invalid("blockingKeys[" + i + "] is not a blocking key");
            }
            values[i] = key.intValue();
            if (i > 0 && values[i] <= values[i - 1]) {
                throw invalid("blockingKeys must be sorted and distinct");
            }
        }
        return values;
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw invalid(field + " must be an integer");
        }
        return value.intValue();
    }

    private static long[] filter(JsonNode node, String field, int words) {
        return words(node.get(field), field, words);
    }

    private static long[] words(JsonNode value, String field, int words) {
        if (value == null || !value.isTextual()) {
            throw invalid(field + " must be a base64 string");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.textValue());
        } catch (IllegalArgumentException e) {
            throw invalid(field + " is not valid base64");
        }
        if (bytes.length != words * 8) {
            throw invalid(field + " must hold " + words * 8 + " bytes, not " + bytes.length);
        }
        long[] result = new long[words];
        ByteBuffer.wrap(bytes).asLongBuffer().get(result);
        return result;
    }

    /** A balanced filter has exactly half its bits set, or none (an absent field). */
    private static void requireBalanced(long[] words, int offset, int count, String what) {
        int bits = BitVectors.cardinality(words, offset, count);
        if (bits != 0 && bits != count * 32) {
            throw invalid(what + " is not a balanced filter");
        }
    }

    private static long token(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return 0;
        }
        long token = words(value, field, 1)[0];
        if (token == 0) {
            throw invalid(field + " must not be zero");
        }
        return token;
    }

    private static void putToken(ObjectNode node, String field, long token) {
        if (token != 0) {
            node.put(field, base64(new long[] {token}));
        }
    }

    private static String base64(long[] words) {
        ByteBuffer buffer = ByteBuffer.allocate(words.length * 8);
        buffer.asLongBuffer().put(words);
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    /** Field names from outside are shown only when short and plain, so a refusal never echoes content. */
    private static String printable(String name) {
        return name.length() <= 32 && name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
                ? name
                : "(not shown)";
    }

    private static MatchingException invalid(String detail) {
        return new MatchingException(MatchingReason.ENCODING_INVALID, detail);
    }
}
