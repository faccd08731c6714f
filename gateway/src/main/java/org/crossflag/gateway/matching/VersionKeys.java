package org.crossflag.gateway.matching;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Every key of one matching key version, derived from its secret with HKDF-SHA256 (RFC 5869, Bouncy Castle's
 * {@code HKDFBytesGenerator}). The salt names the
 * version ({@code crossflag/matching/key-version/<n>}), so the same secret under two versions gives unrelated keys;
 * the info string names the purpose:
 * <pre>
 *   crossflag/matching/bloom/{clk,name,canonical,middle-names,dob-year,dob-day-month,dob-pair,postcode}       token hashing for each filter
 *   crossflag/matching/hardening/{clk,name,canonical,middle-names,dob-year,dob-day-month,dob-pair,postcode}   diffusion taps (clk) or balancing permutation
 *   crossflag/matching/blocking                                    blocking keys
 *   crossflag/matching/strong-id/{pnc,phone,email}                 strong-identifier tokens
 * </pre>
 */
final class VersionKeys {

    static final int KEY_BYTES = 32;
    private static final String PREFIX = "crossflag/matching/";

    private final Map<FilterField, Mac> bloom = new EnumMap<>(FilterField.class);
    private final Map<FilterField, Hardening> hardening = new EnumMap<>(FilterField.class);
    private final Mac blocking;
    private final Mac pnc;
    private final Mac phone;
    private final Mac email;

    VersionKeys(int version, byte[] secret) {
        for (FilterField field : FilterField.values()) {
            bloom.put(field, keyedMac(derive(secret, version, "bloom/" + field.label())));
            hardening.put(field, field.hardening(derive(secret, version, "hardening/" + field.label())));
        }
        blocking = keyedMac(derive(secret, version, "blocking"));
        pnc = keyedMac(derive(secret, version, "strong-id/pnc"));
        phone = keyedMac(derive(secret, version, "strong-id/phone"));
        email = keyedMac(derive(secret, version, "strong-id/email"));
    }

    static byte[] derive(byte[] secret, int version, String purpose) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        byte[] salt = (PREFIX + "key-version/" + version).getBytes(StandardCharsets.UTF_8);
        hkdf.init(new HKDFParameters(secret, salt, (PREFIX + purpose).getBytes(StandardCharsets.UTF_8)));
        byte[] key = new byte[KEY_BYTES];
        hkdf.generateBytes(key, 0, KEY_BYTES);
        return key;
    }

    static HMac hmac(byte[] key) {
        HMac mac = new HMac(new SHA256Digest());
        mac.init(new KeyParameter(key));
        return mac;
    }

    /** A fresh HMAC-SHA256 under the filter's key (the JDK's, which uses the CPU's SHA instructions). */
    Mac bloomMac(FilterField field) {
        return copy(bloom.get(field));
    }

    Hardening hardening(FilterField field) {
        return hardening.get(field);
    }

    Mac blockingMac() {
        return copy(blocking);
    }

    Mac pncMac() {
        return copy(pnc);
    }

    Mac phoneMac() {
        return copy(phone);
    }

    Mac emailMac() {
        return copy(email);
    }

    private static Mac keyedMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Keyed prototypes are cloned: cheaper than keying a new Mac, and each caller gets its own state. */
    private static Mac copy(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
    }
}
