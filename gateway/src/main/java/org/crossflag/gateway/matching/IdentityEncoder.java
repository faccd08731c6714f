package org.crossflag.gateway.matching;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;

/**
 * Encodes a {@link PersonIdentity} under a matching key version: normalisation, tokens, keyed Bloom filters,
 * diffusion, blocking keys and strong-identifier tokens. Deterministic: the same person under the same version
 * always gives the same encoding, on every node. Thread-safe.
 */
public final class IdentityEncoder {

    /** Bits each token of a field sets in the record-level CLK (clkhash's per-field weights). */
    private static final int CLK_NAME_SHARE = 1;

    private static final int CLK_DATE_WEIGHT = 8;
    private static final int CLK_SEX_WEIGHT = 4;
    private static final int CLK_PLACE_WEIGHT = 6;
    private static final int DATE_WEIGHT = 8;
    private static final int POSTCODE_WEIGHT = 8;
    private static final int ADDRESS_WEIGHT = 3;
    /** Letters of a name word that its one-letter deletions are made from. */
    static final int EDIT_LETTERS = 12;

    private final MatchingKeyring keyring;
    private final Map<Integer, VersionKeys> keys = new ConcurrentHashMap<>();

    public IdentityEncoder(MatchingKeyring keyring) {
        this.keyring = keyring;
    }

    /** The encoding of {@code person} under {@code keyVersion}, which the keyring must hold. */
    public IdentityEncoding encode(PersonIdentity person, int keyVersion) {
        VersionKeys versionKeys = keys.computeIfAbsent(keyVersion, v -> new VersionKeys(v, keyring.secret(v)));
        NormalisedIdentity identity = IdentityNormaliser.normalise(person);

        KeyedBloomFilter clk = new KeyedBloomFilter(versionKeys.bloomMac(FilterField.CLK), FilterField.CLK.inputBits());
        // A record without a usable name still has its primary row, all zero (absent), so that every encoding has one.
        long[][] names = new long[Math.max(1, identity.variants().size())][];
        names[0] = new long[IdentityEncoding.NAME_WORDS];
        for (int i = 0; i < identity.variants().size(); i++) {
            names[i] = nameFilters(identity.variants().get(i), versionKeys, i == 0 ? clk : null);
        }
        KeyedBloomFilter middle = new KeyedBloomFilter(
                versionKeys.bloomMac(FilterField.MIDDLE_NAMES), FilterField.MIDDLE_NAMES.inputBits());
        for (String word : identity.middleNames()) {
            NameTokens.word(word, "", middle);
            NameTokens.word(word, "gm", weighted(clk, CLK_NAME_SHARE));
        }

        KeyedBloomFilter year =
                new KeyedBloomFilter(versionKeys.bloomMac(FilterField.BIRTH_YEAR), FilterField.BIRTH_YEAR.inputBits());
        for (String token : DateOfBirthTokens.yearTokens(identity.dateOfBirth())) {
            year.add(token, DATE_WEIGHT);
            clk.add("d" + token, CLK_DATE_WEIGHT);
        }
        KeyedBloomFilter dayMonth = new KeyedBloomFilter(
                versionKeys.bloomMac(FilterField.BIRTH_DAY_MONTH), FilterField.BIRTH_DAY_MONTH.inputBits());
        for (String token : DateOfBirthTokens.dayMonthTokens(identity.dateOfBirth())) {
            dayMonth.add(token, DATE_WEIGHT);
            clk.add("d" + token, CLK_DATE_WEIGHT);
        }
        KeyedBloomFilter pair = new KeyedBloomFilter(
                versionKeys.bloomMac(FilterField.BIRTH_DAY_MONTH_PAIR), FilterField.BIRTH_DAY_MONTH_PAIR.inputBits());
        for (String token : DateOfBirthTokens.pairTokens(identity.dateOfBirth())) {
            pair.add(token, DATE_WEIGHT);
        }
        long[] date = new long[IdentityEncoding.DATE_WORDS];
        System.arraycopy(
                diffused(year, versionKeys, FilterField.BIRTH_YEAR), 0, date, 0, FilterField.BIRTH_YEAR.words());
        System.arraycopy(
                diffused(dayMonth, versionKeys, FilterField.BIRTH_DAY_MONTH),
                0,
                date,
                FilterField.BIRTH_YEAR.words(),
                FilterField.BIRTH_DAY_MONTH.words());
        System.arraycopy(
                diffused(pair, versionKeys, FilterField.BIRTH_DAY_MONTH_PAIR),
                0,
                date,
                FilterField.BIRTH_YEAR.words() + FilterField.BIRTH_DAY_MONTH.words(),
                FilterField.BIRTH_DAY_MONTH_PAIR.words());
        if (identity.sex() != Sex.UNKNOWN) {
            clk.add("x:" + identity.sex(), CLK_SEX_WEIGHT);
        }
        KeyedBloomFilter postcode =
                new KeyedBloomFilter(versionKeys.bloomMac(FilterField.POSTCODE), FilterField.POSTCODE.inputBits());
        for (String code : identity.postcodes()) {
            for (String token : PostcodeTokens.tokens(code)) {
                postcode.add(token, POSTCODE_WEIGHT);
                clk.add(token, CLK_PLACE_WEIGHT);
            }
        }
        KeyedBloomFilter address =
                new KeyedBloomFilter(versionKeys.bloomMac(FilterField.ADDRESS), FilterField.ADDRESS.inputBits());
        for (String line : identity.addressLines()) {
            for (String word : line.split(" ")) {
                clk.add("a:" + word, CLK_PLACE_WEIGHT);
            }
        }
        if (!identity.addressLines().isEmpty()) {
            AddressTokens.tokens(identity.addressLines().get(0)).forEach(token -> address.add(token, ADDRESS_WEIGHT));
        }
        long pnc = token(versionKeys.pncMac(), identity.pnc());
        long phone = token(versionKeys.phoneMac(), identity.phone());
        long email = token(versionKeys.emailMac(), identity.email());
        return new IdentityEncoding(
                keyVersion,
                diffused(clk, versionKeys, FilterField.CLK),
                names,
                diffused(middle, versionKeys, FilterField.MIDDLE_NAMES),
                date,
                diffused(postcode, versionKeys, FilterField.POSTCODE),
                diffused(address, versionKeys, FilterField.ADDRESS),
                blockingKeys(identity, versionKeys, pnc, phone, email),
                pnc,
                phone,
                email);
    }

    /**
     * The encodings a node's index holds for one of its own people at {@code now}: one per accepted key version,
     * so that queries under either version match during a changeover.
     */
    public List<IdentityEncoding> encodeForIndex(PersonIdentity person, Instant now) {
        List<IdentityEncoding> encodings = new ArrayList<>(2);
        for (int version : keyring.acceptedVersions(now)) {
            encodings.add(encode(person, version));
        }
        return encodings;
    }

    /** The encoding to send in a query at {@code now}: under the newest version that has started. */
    public IdentityEncoding encodeForQuery(PersonIdentity person, Instant now) {
        return encode(person, keyring.currentVersion(now));
    }

    private static long[] nameFilters(NameVariant variant, VersionKeys versionKeys, KeyedBloomFilter clk) {
        KeyedBloomFilter given =
                new KeyedBloomFilter(versionKeys.bloomMac(FilterField.NAME), FilterField.NAME.inputBits());
        KeyedBloomFilter family =
                new KeyedBloomFilter(versionKeys.bloomMac(FilterField.NAME), FilterField.NAME.inputBits());
        KeyedBloomFilter canonical =
                new KeyedBloomFilter(versionKeys.bloomMac(FilterField.CANONICAL), FilterField.CANONICAL.inputBits());
        if (variant.given() != null) {
            NameTokens.word(variant.given(), "", given);
            NameTokens.canonical(variant.given(), "", canonical);
            if (clk != null) {
                // Given and family words share their CLK tokens, so names entered in each other's fields keep the
                // record-level similarity that the CLK screen needs.
                NameTokens.word(variant.given(), "n", weighted(clk, CLK_NAME_SHARE));
                NameTokens.canonical(variant.given(), "g", weighted(clk, CLK_NAME_SHARE));
            }
        }
        for (String part : variant.family()) {
            NameTokens.word(part, "", family);
            if (clk != null) {
                NameTokens.word(part, "n", weighted(clk, CLK_NAME_SHARE));
            }
        }
        long[] row = new long[IdentityEncoding.NAME_WORDS];
        int words = FilterField.NAME.words();
        System.arraycopy(diffused(given, versionKeys, FilterField.NAME), 0, row, 0, words);
        System.arraycopy(diffused(family, versionKeys, FilterField.NAME), 0, row, words, words);
        System.arraycopy(
                diffused(canonical, versionKeys, FilterField.CANONICAL),
                0,
                row,
                2 * words,
                FilterField.CANONICAL.words());
        return row;
    }

    private static TokenSink weighted(KeyedBloomFilter clk, int share) {
        return (token, weight) -> clk.add(token, Math.max(1, weight * share / 2));
    }

    private static long[] diffused(KeyedBloomFilter filter, VersionKeys versionKeys, FilterField field) {
        return versionKeys.hardening(field).apply(filter.bits());
    }

    private static int[] blockingKeys(
            NormalisedIdentity identity, VersionKeys versionKeys, long pnc, long... contacts) {
        Mac mac = versionKeys.blockingMac();
        TreeSet<Integer> blocking = new TreeSet<>();
        Integer year = identity.dateOfBirth().year();
        for (NameVariant variant : identity.variants()) {
            List<String> givenCodes = new ArrayList<>();
            if (variant.given() != null) {
                for (String form : Nicknames.bundled().canonicalForms(variant.given())) {
                    givenCodes.add(NameTokens.primaryPhonetic(form));
                }
            }
            List<String> familyCodes =
                    variant.family().stream().map(NameTokens::primaryPhonetic).toList();
            if (year != null) {
                for (String code : givenCodes) {
                    blocking.add(BlockingKey.NAME_YEAR.key(mac, code + "|" + year));
                }
                for (String code : familyCodes) {
                    blocking.add(BlockingKey.NAME_YEAR.key(mac, code + "|" + year));
                }
            }
            for (String given : givenCodes) {
                for (String family : familyCodes) {
                    String pair = given.compareTo(family) <= 0 ? given + "|" + family : family + "|" + given;
                    blocking.add(BlockingKey.NAME_PAIR.key(mac, pair));
                }
            }
            PartialDate date = identity.dateOfBirth();
            if (date.month() != null && date.day() != null) {
                String dayMonth = Math.min(date.month(), date.day()) + "|" + Math.max(date.month(), date.day());
                for (String family : familyCodes) {
                    blocking.add(BlockingKey.NAME_DAY_MONTH.key(mac, family + "|" + dayMonth));
                }
            }
        }
        PartialDate date = identity.dateOfBirth();
        if (date.isComplete()) {
            int low = Math.min(date.month(), date.day());
            int high = Math.max(date.month(), date.day());
            blocking.add(BlockingKey.DATE.key(mac, date.year() + "|" + low + "|" + high));
        }
        if (pnc != 0) {
            blocking.add(BlockingKey.STRONG_ID.key(mac, Long.toHexString(pnc)));
        }
        // A shared phone number or email address brings a pair to scoring however noisy its names and dates are.
        for (long contact : contacts) {
            if (contact != 0) {
                blocking.add(BlockingKey.STRONG_ID.key(mac, "c" + Long.toHexString(contact)));
            }
        }
        if (!identity.variants().isEmpty()) {
            // Added last and only while there is room: the wire format carries at most MAX_BLOCKING_KEYS keys.
            TreeSet<Integer> edits = new TreeSet<>();
            nameEditKeys(identity.variants().get(0), mac, edits);
            for (int key : edits) {
                if (blocking.size() >= IdentityEncodingCodec.MAX_BLOCKING_KEYS) {
                    break;
                }
                blocking.add(key);
            }
        }
        return blocking.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@link BlockingKey#NAME_EDIT} keys of the primary name: the given name's code with the first family word and
     * each of its one-letter deletions, and the family word's code with the given name and each of its deletions.
     * Words shorter than four letters give too many chance neighbours and are left to the other kinds.
     */
    private static void nameEditKeys(NameVariant variant, Mac mac, TreeSet<Integer> blocking) {
        if (variant.given() == null || variant.family().isEmpty()) {
            return;
        }
        String given = variant.given();
        String family = variant.family().get(0);
        for (String spelling : deletions(family)) {
            blocking.add(BlockingKey.NAME_EDIT.key(mac, "g" + NameTokens.primaryPhonetic(given) + "|" + spelling));
        }
        for (String spelling : deletions(given)) {
            blocking.add(BlockingKey.NAME_EDIT.key(mac, "f" + NameTokens.primaryPhonetic(family) + "|" + spelling));
        }
    }

    /**
     * The word and every spelling of it with one letter deleted; nothing for words under four letters. Words are
     * cut to their first {@value #EDIT_LETTERS} letters, which keeps the keys of a long name few.
     */
    static List<String> deletions(String fullWord) {
        if (fullWord.length() < 4) {
            return List.of();
        }
        String word = fullWord.length() > EDIT_LETTERS ? fullWord.substring(0, EDIT_LETTERS) : fullWord;
        TreeSet<String> spellings = new TreeSet<>();
        spellings.add(word);
        for (int i = 0; i < word.length(); i++) {
            spellings.add(word.substring(0, i) + word.substring(i + 1));
        }
        return List.copyOf(spellings);
    }

    /** A keyed 64-bit token of a strong identifier, never 0 (0 means absent). */
    private static long token(Mac mac, String value) {
        if (value == null) {
            return 0;
        }
        byte[] digest = new byte[32];
        mac.update(value.getBytes(StandardCharsets.UTF_8));
        KeyedBloomFilter.doFinal(mac, digest);
        long token = KeyedBloomFilter.longAt(digest, 0);
        return token == 0 ? 1 : token;
    }
}
