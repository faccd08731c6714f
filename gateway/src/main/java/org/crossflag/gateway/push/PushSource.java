package org.crossflag.gateway.push;

import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;

/**
 * Where the push queue reads what it delivers, one source per {@link PushKind}: the capability that queued a delivery
 * builds it when it is sent, from what it has stored, so a row holds only ids.
 */
public interface PushSource {

    PushKind kind();

    /** What the audit trail records when a channel took a delivery of this kind. */
    AuditAction sentAction();

    /** The delivery of this subject under this delivery id, or empty when the subject is gone. */
    Optional<PushItem> item(String subjectId, String deliveryId);
}
