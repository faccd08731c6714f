package org.crossflag.bench;

import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * The cost of one Ed25519 signature and one verification of the benchmark's body on one core, with the
 * same Bouncy Castle signer the nodes use. Every exchange signs and verifies in series, so these set a
 * floor under its latency that no amount of tuning elsewhere removes.
 */
record SignatureCost(long signNanos, long verifyNanos) {

    static SignatureCost measure(byte[] body, int iterations) {
        Ed25519PrivateKeyParameters key = new Ed25519PrivateKeyParameters(new SecureRandom());
        Ed25519PublicKeyParameters publicKey = key.generatePublicKey();
        long[] sign = new long[iterations];
        long[] verify = new long[iterations];
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            for (int i = 0; i < iterations; i++) {
                long started = System.nanoTime();
                Ed25519Signer signer = new Ed25519Signer();
                signer.init(true, key);
                signer.update(body, 0, body.length);
                byte[] signature = signer.generateSignature();
                long signed = System.nanoTime();
                Ed25519Signer verifier = new Ed25519Signer();
                verifier.init(false, publicKey);
                verifier.update(body, 0, body.length);
                if (!verifier.verifySignature(signature)) {
                    throw new IllegalStateException("Ed25519 self-check failed");
                }
                verify[i] = System.nanoTime() - signed;
                sign[i] = signed - started;
            }
        }
        Arrays.sort(sign);
        Arrays.sort(verify);
        return new SignatureCost(LatencyRecorder.percentile(sign, 0.5), LatencyRecorder.percentile(verify, 0.5));
    }
}
