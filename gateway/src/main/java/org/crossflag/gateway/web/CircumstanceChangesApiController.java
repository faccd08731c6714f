package org.crossflag.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.crossflag.gateway.circumstances.CircumstanceChanges;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.node.RefusedRequestException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Changes of circumstance under DAPOs and SPOs, entered by an offender manager or a MARAC coordinator: routed to the
 * force covering the new address and the force holding the order. The answer lists every force the change concerns
 * and what became of it (told, alerted here, not reachable, not sent and why), and the deadline state.
 */
@RestController
@RequestMapping(path = "/api/circumstance-changes", produces = MediaType.APPLICATION_JSON_VALUE)
class CircumstanceChangesApiController {

    static final String CIRCUMSTANCES = "Changes of circumstance";

    private final CircumstanceChanges changes;
    private final Quotas quotas;

    CircumstanceChangesApiController(CircumstanceChanges changes, Quotas quotas) {
        this.changes = changes;
        this.quotas = quotas;
    }

    @Tag(name = CIRCUMSTANCES)
    @Operation(summary = "Record a change of circumstance and tell the forces it concerns (201 new, 200 already taken)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> record(
            @Valid @RequestBody CircumstanceChangeRequest request,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        // Each change sends the person's encoding to other forces: the officer's query quota counts it.
        quotas.useOfficer(
                QuotaKind.OFFICER_QUERIES, user.officerId(), user.role().wire());
        CircumstanceChanges.Taken taken =
                changes.entered(request.toChange(), new Envelope.Requester(user.officerId(), user.role()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", taken.outcome().recordId());
        body.put("duplicate", taken.outcome().duplicate());
        body.put("district", taken.district());
        body.put("dueBy", taken.deadline().dueBy().toString());
        body.put("possibleNonCompliance", taken.deadline().missed());
        body.put("targets", taken.targets());
        body.put("dvdsApplicationId", taken.dvdsApplicationId());
        return ResponseEntity.status(taken.outcome().duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }

    @Tag(name = CIRCUMSTANCES)
    @Operation(summary = "One change of circumstance and the forces it concerns")
    @GetMapping("/{notificationId}")
    Map<String, Object> find(@PathVariable String notificationId) {
        var change = changes.find(notificationId)
                .orElseThrow(() -> RefusedRequestException.notFound("NOT_FOUND", "no such change of circumstance"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("change", change);
        body.put("targets", List.copyOf(changes.targets(notificationId)));
        return body;
    }
}
