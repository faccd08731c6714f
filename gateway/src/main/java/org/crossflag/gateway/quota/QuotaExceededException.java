package org.crossflag.gateway.quota;

import org.crossflag.gateway.node.CodedException;

/** A use refused by its quota; the message names the quota, its limit and window, never a person. */
public class QuotaExceededException extends CodedException {

    public static final String REASON = "QUOTA_EXCEEDED";

    private final QuotaKind kind;

    QuotaExceededException(QuotaKind kind, QuotaRule rule) {
        super("quota " + kind + " reached: at most " + rule.limit() + " per " + rule.window());
        this.kind = kind;
    }

    @Override
    public String reasonCode() {
        return REASON;
    }

    public QuotaKind kind() {
        return kind;
    }
}
