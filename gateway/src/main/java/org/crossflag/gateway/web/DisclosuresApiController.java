package org.crossflag.gateway.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.disclosures.ApplicationViews;
import org.crossflag.gateway.disclosures.DisclosureApplications;
import org.crossflag.gateway.disclosures.applications.ApplicationForm;
import org.crossflag.gateway.disclosures.applications.DecisionForm;
import org.crossflag.gateway.disclosures.applications.FoiReport;
import org.crossflag.gateway.disclosures.holding.HoldingAnswers;
import org.crossflag.gateway.disclosures.holding.IncomingRequests;
import org.crossflag.gateway.disclosures.records.RehabilitationGuidance;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.node.RefusedRequestException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.support.TransactionTemplate;
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
 * The DVDS officers' API: applications made at this force (start, follow, extend, decide, the FOI report) and
 * other forces' disclosure requests to answer; and, for coordinators, "consider a disclosure" on an alert. Every call
 * is made as the logged-in officer; roles are checked by the security rules ({@code /api/dvds/**}: DVDS officers).
 */
@RestController
@RequestMapping("/api")
class DisclosuresApiController {

    static final String DVDS = "DVDS applications";
    static final String DVDS_REQUESTS = "DVDS requests from other forces";

    private final DisclosureApplications applications;
    private final ApplicationViews views;
    private final HoldingAnswers holding;
    private final Quotas quotas;
    private final TransactionTemplate transactions;

    DisclosuresApiController(
            DisclosureApplications applications,
            ApplicationViews views,
            HoldingAnswers holding,
            Quotas quotas,
            TransactionTemplate transactions) {
        this.applications = applications;
        this.views = views;
        this.holding = holding;
        this.quotas = quotas;
        this.transactions = transactions;
    }

    @Tag(name = DVDS)
    @Operation(
            summary =
                    "Record a DVDS application (Right to Ask or Right to Know) and start step 1 across the federation")
    @PostMapping(path = "/dvds/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> start(
            @RequestBody ApplicationForm form, @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        quotas.useOfficer(
                QuotaKind.OFFICER_QUERIES, user.officerId(), user.role().wire());
        String applicationId = applications.start(form, requester(user));
        return created(applicationId);
    }

    @Tag(name = DVDS)
    @Operation(summary = "This force's DVDS applications, with status and days left")
    @GetMapping("/dvds/applications")
    List<ApplicationViews.Summary> list() {
        return views.list();
    }

    @Tag(name = DVDS)
    @Operation(summary = "One application: each force's state and answer, the conclusion, the clock and the decision")
    @GetMapping("/dvds/applications/{applicationId}")
    ApplicationViews.Detail application(@PathVariable String applicationId) {
        return detail(applicationId);
    }

    @Tag(name = DVDS)
    @Operation(summary = "Complete a draft made from an alert and start step 1")
    @PostMapping(path = "/dvds/applications/{applicationId}/submission", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Detail submit(
            @PathVariable String applicationId,
            @RequestBody ApplicationForm form,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        quotas.useOfficer(
                QuotaKind.OFFICER_QUERIES, user.officerId(), user.role().wire());
        applications.submit(applicationId, form, requester(user));
        return detail(applicationId);
    }

    @Tag(name = DVDS)
    @Operation(summary = "Extend the deadline, with the recorded reason")
    @PostMapping(path = "/dvds/applications/{applicationId}/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Detail extend(
            @PathVariable String applicationId,
            @RequestBody ExtensionRequest request,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        applications.extend(applicationId, request.days(), request.reason(), requester(user));
        return detail(applicationId);
    }

    @Tag(name = DVDS)
    @Operation(summary = "Record the decision (never a disclosure to the subject)")
    @PostMapping(path = "/dvds/applications/{applicationId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApplicationViews.Detail decide(
            @PathVariable String applicationId,
            @RequestBody DecisionForm form,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        applications.decide(applicationId, form, requester(user));
        return detail(applicationId);
    }

    @Tag(name = DVDS)
    @Operation(summary = "FOI figures per route for applications received in a period")
    @GetMapping("/dvds/report")
    FoiReport report(@RequestParam String from, @RequestParam String to) {
        return applications.report(date("from", from), date("to", to));
    }

    @Tag(name = DVDS_REQUESTS)
    @Operation(summary = "Disclosure requests from other forces, to answer")
    @GetMapping("/dvds/requests")
    List<IncomingRequests.IncomingRequest> requests() {
        return holding.all();
    }

    @Tag(name = DVDS_REQUESTS)
    @Operation(summary = "One request, with the records this force holds about its person")
    @GetMapping("/dvds/requests/{requestId}")
    HoldingAnswers.RequestToAnswer request(@PathVariable String requestId) {
        return holding.view(requestId)
                .orElseThrow(() -> RefusedRequestException.notFound("NOT_FOUND", "no such request"));
    }

    /** The Rehabilitation of Offenders Act periods, as guidance for flagging spent convictions. */
    @Tag(name = DVDS_REQUESTS)
    @Operation(summary = "Rehabilitation of Offenders Act periods, as guidance for flagging spent convictions")
    @GetMapping("/dvds/rehabilitation-guidance")
    List<RehabilitationGuidance.ConvictionPeriod> rehabilitationGuidance() {
        return RehabilitationGuidance.ADULT_CONVICTION_PERIODS;
    }

    @Tag(name = DVDS_REQUESTS)
    @Operation(summary = "Release records (each conviction flagged spent or not) or refuse with a reason code")
    @PostMapping(path = "/dvds/requests/{requestId}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    HoldingAnswers.RequestToAnswer answer(
            @PathVariable String requestId,
            @RequestBody AnswerRequest request,
            @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        if ((request.release() == null) == (request.refuse() == null)) {
            throw RefusedRequestException.invalid(
                    "release", "DVDS_ANSWER_INVALID", "give either release (records) or refuse (a reason code)");
        }
        transactions.executeWithoutResult(status -> {
            if (request.refuse() != null) {
                holding.refuse(requestId, request.refuse().reasonCode(), requester(user));
            } else {
                holding.release(requestId, request.release(), requester(user));
            }
        });
        return request(requestId);
    }

    /** A coordinator asks the force's DVDS officers to consider a Right to Know about the alert's person. */
    @Tag(name = HearingsApiController.ALERTS)
    @Operation(summary = "Consider a disclosure: draft a Right to Know about the alert's person for the DVDS officers")
    @PostMapping("/alerts/{alertId}/disclosure-consideration")
    ResponseEntity<Map<String, String>> considerDisclosure(
            @PathVariable String alertId, @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        String applicationId = applications.draftFromAlert(alertId, requester(user));
        return created(applicationId);
    }

    record ExtensionRequest(Integer days, String reason) {}

    record AnswerRequest(List<HoldingAnswers.Release> release, Refusal refuse) {

        record Refusal(String reasonCode) {}
    }

    /** 201 with the new application's id and status. */
    private ResponseEntity<Map<String, String>> created(String applicationId) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of(
                        "applicationId",
                        applicationId,
                        "status",
                        detail(applicationId).status()));
    }

    private ApplicationViews.Detail detail(String applicationId) {
        return views.detail(applicationId)
                .orElseThrow(() -> RefusedRequestException.notFound("NOT_FOUND", "no such application"));
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RefusedRequestException.invalid(field, "DATE_INVALID", "not a date of the form 2026-12-07");
        }
    }

    private static Envelope.Requester requester(LocalApiConfiguration.OfficerUser user) {
        return new Envelope.Requester(user.officerId(), user.role());
    }
}
