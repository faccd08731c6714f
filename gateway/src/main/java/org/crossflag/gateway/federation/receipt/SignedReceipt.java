package org.crossflag.gateway.federation.receipt;

/** A receipt as it travels and is stored: its exact bytes, the raw Ed25519 signature and the signer's certificate (base64 DER). */
public record SignedReceipt(Receipt receipt, byte[] bytes, byte[] signature, String signingCertificate) {}
