package org.crossflag.gateway.audit;

/** What happened, as the audit trail records it. The name is stored and hashed, so never rename a constant. */
public enum AuditAction {
    MESSAGE_QUEUED,
    MESSAGE_SENT,
    MESSAGE_RECEIVED,
    MESSAGE_REJECTED,
    RECEIPT_ISSUED,
    RECEIPT_STORED,
    DELIVERY_FAILED,
    DEAD_LETTERED,
    DEAD_LETTER_RETRIED,
    POLICY_DECISION,
    MESSAGE_PROCESSED,
    MESSAGE_REFUSED,
    MESSAGE_PROCESSING_FAILED,
    HEARING_RECORDED,
    REFERRAL_RECORDED,
    QUERY_STARTED,
    QUERY_ANSWERED,
    QUERY_COMPLETED,
    ANSWER_RECEIVED,
    ALERT_CREATED,
    ALERT_REVIEWED,
    ALERT_ACKNOWLEDGED,
    ALERT_PUSHED,
    QUOTA_EXCEEDED,
    /** The node started with its chain key on a trail whose last entry was unkeyed: from here on, every entry is keyed. */
    AUDIT_CHAIN_KEYED,
    /** A checkpoint was not signed because the chain since the last checkpoint does not verify. */
    AUDIT_CHECKPOINT_REFUSED,
    /** The policy file changed and the new policy is in force. */
    POLICY_RELOADED,
    /** The policy file changed but does not load; the policy in force stays. */
    POLICY_RELOAD_REFUSED
}
