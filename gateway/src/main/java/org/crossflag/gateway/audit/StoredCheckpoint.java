package org.crossflag.gateway.audit;

/** A checkpoint as stored or exported: the exact signed JSON, the raw Ed25519 signature and the signer's DER certificate. */
record StoredCheckpoint(long seq, byte[] statement, byte[] signature, byte[] signingCertificate) {}
