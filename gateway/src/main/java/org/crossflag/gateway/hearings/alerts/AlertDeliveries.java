package org.crossflag.gateway.hearings.alerts;

import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.push.PushItem;
import org.crossflag.gateway.push.PushKind;
import org.crossflag.gateway.push.PushSource;

/** What the push queue sends of an alert, read when it is sent: see {@link AlertMessages#pushItem}. */
public final class AlertDeliveries implements PushSource {

    private final AlertRepository repository;
    private final AlertMessages messages;

    public AlertDeliveries(AlertRepository repository, AlertMessages messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public PushKind kind() {
        return PushKind.ALERT;
    }

    @Override
    public AuditAction sentAction() {
        return AuditAction.ALERT_PUSHED;
    }

    @Override
    public Optional<PushItem> item(String alertId, String deliveryId) {
        return repository.find(alertId).map(alert -> messages.pushItem(alert, deliveryId));
    }
}
