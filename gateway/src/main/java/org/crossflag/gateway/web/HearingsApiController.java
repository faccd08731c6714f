package org.crossflag.gateway.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.hearings.LocalRecords;
import org.crossflag.gateway.hearings.alerts.Alert;
import org.crossflag.gateway.hearings.alerts.Alerts;
import org.crossflag.gateway.hearings.queries.PriorHearingQueries;
import org.crossflag.gateway.hearings.queries.QueryResult;
import org.crossflag.gateway.hearings.records.Officer;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;
import org.crossflag.gateway.scores.ScoreTools;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The officers' API: record hearings and referrals, follow a referral's prior-hearing query, and work the alert
 * inbox. Every call is made as the logged-in officer, whose id and role travel in envelopes and the audit trail.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class HearingsApiController {

    static final String HEARINGS = "Hearings and referrals";
    static final String ALERTS = "Alerts";

    private final LocalRecords records;
    private final PriorHearingQueries queries;
    private final Alerts alerts;
    private final Quotas quotas;
    private final ScoreTools scoreTools;

    HearingsApiController(
            LocalRecords records, PriorHearingQueries queries, Alerts alerts, Quotas quotas, ScoreTools scoreTools) {
        this.records = records;
        this.queries = queries;
        this.alerts = alerts;
        this.quotas = quotas;
        this.scoreTools = scoreTools;
    }

    @Tag(name = HEARINGS)
    @Operation(summary = "Record a panel hearing held at this force (201 new, 200 already recorded)")
    @PostMapping(path = "/hearings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> recordHearing(@Valid @RequestBody ApiRequests.HearingRequest request) {
        LocalRecordSink.RecordOutcome outcome = records.hearingHeld(LocalRecords.API_SOURCE, request.toLocal());
        return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body("hearingId", outcome.recordId(), "duplicate", outcome.duplicate()));
    }

    @Tag(name = HEARINGS)
    @Operation(
            summary = "Record a referral and ask every member force about prior hearings of the person",
            description = "Answers the referral's id and the id of the prior-hearing query it started.")
    @PostMapping(path = "/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> recordReferral(
            @Valid @RequestBody ApiRequests.ReferralRequest request,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        // Each referral sends the person's encoding to every member: the officer's query quota counts it.
        quotas.useOfficer(
                QuotaKind.OFFICER_QUERIES, user.officerId(), user.role().wire());
        Envelope.Consent consent = request.consent() == null
                ? new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null)
                : new Envelope.Consent(
                        ConsentState.fromWire(request.consent().state()),
                        ApiRequests.blankToNull(request.consent().justification()));
        LocalRecords.ReferralStarted started =
                records.referral(LocalRecords.API_SOURCE, request.toLocal(), officer(user), consent);
        return ResponseEntity.status(started.outcome().duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body(
                        "referralId",
                        started.outcome().recordId(),
                        "queryId",
                        started.queryId(),
                        "duplicate",
                        started.outcome().duplicate()));
    }

    @Tag(name = HEARINGS)
    @Operation(summary = "A prior-hearing query's state and the hits the member forces answered")
    @GetMapping("/queries/{queryId}")
    ResponseEntity<QueryResult> query(@PathVariable String queryId) {
        return queries.result(queryId)
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new NotFoundException("no query " + queryId));
    }

    @Tag(name = ALERTS)
    @Operation(summary = "The alerts raised for this force, newest first, optionally of one status")
    @GetMapping("/alerts")
    List<AlertView> alerts(@RequestParam(required = false) String status) {
        return alerts.list(status).stream().map(this::view).toList();
    }

    @Tag(name = ALERTS)
    @Operation(summary = "One alert")
    @GetMapping("/alerts/{alertId}")
    AlertView alert(@PathVariable String alertId) {
        return view(alerts.find(alertId).orElseThrow(() -> new NotFoundException("no alert " + alertId)));
    }

    @Tag(name = ALERTS)
    @Operation(summary = "Record the action taken on an open alert")
    @PostMapping(path = "/alerts/{alertId}/acknowledgement", consumes = MediaType.APPLICATION_JSON_VALUE)
    AlertView acknowledge(
            @PathVariable String alertId,
            @Valid @RequestBody ApiRequests.Acknowledgement request,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        return view(alerts.acknowledge(
                alertId, officer(user), request.actionCode(), ApiRequests.blankToNull(request.note())));
    }

    @Tag(name = ALERTS)
    @Operation(summary = "Decide whether a possible match is the same person")
    @PostMapping(path = "/alerts/{alertId}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
    AlertView review(
            @PathVariable String alertId,
            @Valid @RequestBody ApiRequests.Review request,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        return view(alerts.review(alertId, officer(user), request.decision().equals("SAME_PERSON")));
    }

    /** The alert with what its score's tool measures beside the score. */
    private AlertView view(Alert alert) {
        return AlertView.of(alert, scoreTools);
    }

    private static Officer officer(LocalApiConfiguration.OfficerUser user) {
        return new Officer(user.officerId(), user.role());
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }
}
