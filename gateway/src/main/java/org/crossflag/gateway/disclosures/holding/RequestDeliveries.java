package org.crossflag.gateway.disclosures.holding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.crossflag.adapter.LocalDelivery;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.push.PushItem;
import org.crossflag.gateway.push.PushKind;
import org.crossflag.gateway.push.PushSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A disclosure request received from another force, as the push queue delivers it to this force's systems: its id,
 * the asking force, purpose, categories and the date to answer by (in the force's zone); never who it is about.
 */
public final class RequestDeliveries implements PushSource {

    private final IncomingRequests requests;
    private final ZoneId zone;

    public RequestDeliveries(IncomingRequests requests, ZoneId zone) {
        this.requests = requests;
        this.zone = zone;
    }

    @Override
    public PushKind kind() {
        return PushKind.DISCLOSURE_REQUEST;
    }

    @Override
    public AuditAction sentAction() {
        return AuditAction.DVDS_REQUEST_PUSHED;
    }

    @Override
    public Optional<PushItem> item(String requestId, String deliveryId) {
        return requests.find(requestId)
                .map(request -> new PushItem(
                        new LocalDelivery.DisclosureRequestDelivery(
                                deliveryId,
                                request.requestId(),
                                request.asker(),
                                request.purpose(),
                                request.categories().stream()
                                        .map(DataCategory::wire)
                                        .toList(),
                                LocalDate.ofInstant(request.answerBy(), zone)),
                        JsonNodeFactory.instance.objectNode(),
                        null,
                        request.applicationId()));
    }
}
