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
    /** A conviction, caution, out-of-court disposal, order or marker about a person was stored. */
    PERSON_RECORD_HELD,
    QUERY_STARTED,
    QUERY_ANSWERED,
    QUERY_COMPLETED,
    ANSWER_RECEIVED,
    ALERT_CREATED,
    ALERT_REVIEWED,
    /** An open alert sent back to review: a victim's record of the person answered after it opened. */
    ALERT_HELD_FOR_REVIEW,
    ALERT_ACKNOWLEDGED,
    ALERT_PUSHED,
    QUOTA_EXCEEDED,
    /** The node started with its chain key on a trail whose last entry was unkeyed: from here on, every entry is keyed. */
    AUDIT_CHAIN_KEYED,
    /** A checkpoint was not signed because the chain since the last checkpoint does not verify. */
    AUDIT_CHECKPOINT_REFUSED,
    DVDS_APPLICATION_RECEIVED,
    DVDS_DRAFT_CREATED,
    DVDS_CHECKS_STARTED,
    DVDS_CHECKS_COMPLETED,
    /** This node, as a holding force, answered another force's step 1 with hit or no hit. */
    DVDS_CHECK_ANSWERED,
    /** A force's hit or no hit reached this node, the requesting force. */
    DVDS_CHECK_RESULT,
    DVDS_REQUEST_SENT,
    DVDS_REQUEST_RECEIVED,
    DVDS_ANSWER_SENT,
    DVDS_ANSWER_RECEIVED,
    DVDS_DEADLINE_EXTENDED,
    DVDS_REMINDER,
    DVDS_DEADLINE_BREACHED,
    DVDS_DECISION_RECORDED,
    /** Another force's CircumstanceChange concerning this force raised an alert here. */
    CIRCUMSTANCE_CHANGE_RECEIVED,
    /** A change of circumstance under a DAPO or SPO was notified here and routed. */
    CIRCUMSTANCE_CHANGE_RECORDED,
    /** A disclosure request from another force was delivered to a local system (webhook or adapter channel). */
    DVDS_REQUEST_PUSHED,
    /** The policy file changed and the new policy is in force. */
    POLICY_RELOADED,
    /** The policy file changed but does not load; the policy in force stays. */
    POLICY_RELOAD_REFUSED,
    // The local-systems connector.
    /** A call on the local-systems connector came from no configured client (reason code says why). */
    LOCAL_CLIENT_REFUSED,

    // Corrections, withdrawals and retention.
    /** An alert took a correction, withdrawal or purge of the record behind it (outcome: the status it is left in). */
    ALERT_AMENDED,
    /** A RecordAmendment from another force was taken (reason: the amendment). */
    AMENDMENT_RECEIVED,
    /** A hearing was corrected at its source (reason: the forum; outcome: whether the hit fields changed). */
    HEARING_CORRECTED,
    /** A hearing past its retention period was deleted (reason: the forum). */
    HEARING_PURGED,
    /** A hearing was withdrawn at its source (reason: the forum). */
    HEARING_WITHDRAWN,
    /** A referral was withdrawn at its source (reason: the forum). */
    REFERRAL_WITHDRAWN
}
