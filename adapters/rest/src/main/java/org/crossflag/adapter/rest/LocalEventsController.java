package org.crossflag.adapter.rest;

import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalEventType;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordSink.RecordOutcome;
import org.crossflag.adapter.RejectedRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The canonical events as JSON, one endpoint each. Every call is checked in the same order: the client may send the
 * event (401, 403), the body is JSON of an acceptable size (415, 413), it reads as the endpoint's record (400), every
 * field has its form (400); only then is it handed to the node, which stores it (201, or 200 for a reference already
 * delivered) or refuses it with its own reason code (422). Logs carry the event, the client, ids and reason codes.
 */
@RestController
@RequestMapping(path = LocalEventsController.BASE_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Local events", description = "The canonical events a force's case systems send their node.")
@ApiResponse(
        responseCode = "201",
        description = "Stored.",
        content = @Content(schema = @Schema(implementation = RecordAnswer.class)))
@ApiResponse(
        responseCode = "200",
        description = "This adapter had already delivered the same reference: nothing new was stored.",
        content = @Content(schema = @Schema(implementation = RecordAnswer.class)))
@ApiResponse(
        responseCode = "400",
        description = "A field is missing, unknown, of the wrong kind or form, or the body is not well-formed JSON.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
@ApiResponse(
        responseCode = "401",
        description = "NOT_AUTHENTICATED: no client certificate or API key.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
@ApiResponse(
        responseCode = "403",
        description = "EVENT_NOT_ALLOWED: the client is not configured to send this event. The body is not read.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
@ApiResponse(
        responseCode = "413",
        description = "BODY_TOO_LARGE: larger than crossflag.adapters.rest.max-body-size.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
@ApiResponse(
        responseCode = "415",
        description = "UNSUPPORTED_MEDIA_TYPE: the body must be application/json in UTF-8.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
@ApiResponse(
        responseCode = "422",
        description = "The node refused the record; reasonCode is the node's, e.g. RECORD_NOT_FOUND.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
@ApiResponse(
        responseCode = "503",
        description = "NODE_UNAVAILABLE: nothing was stored; send the same request again later.",
        content = @Content(schema = @Schema(implementation = Refusal.class)))
class LocalEventsController {

    static final String BASE_PATH = "/local/rest/v1";

    private static final Logger log = LoggerFactory.getLogger(LocalEventsController.class);

    private final LocalRecordSink sink;
    private final String adapterId;
    private final JsonBodyReader reader;
    private final EventAccess access = new EventAccess();
    private final EventMapper mapper = new EventMapper();

    LocalEventsController(LocalRecordSink sink, String adapterId, JsonBodyReader reader) {
        this.sink = sink;
        this.adapterId = adapterId;
        this.reader = reader;
    }

    @PostMapping("/hearings")
    @Operation(
            summary = "A panel of this force held a hearing",
            description = "Needs LOCAL_EVENT_HEARING_RECORDED. The node indexes the hearing, so that a referral in "
                    + "another area finds it.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = HearingRequest.class))))
    ResponseEntity<Object> hearings(HttpServletRequest request) {
        return take(LocalEventType.HEARING_RECORDED, request, HearingRequest.class, mapper::hearing, sink::hearingHeld);
    }

    @PostMapping("/referrals")
    @Operation(
            summary = "A person was referred to a panel of this force",
            description = "Needs LOCAL_EVENT_REFERRAL_RECEIVED. The node asks every other force whether the person "
                    + "was heard there before.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = ReferralRequest.class))))
    ResponseEntity<Object> referrals(HttpServletRequest request) {
        return take(
                LocalEventType.REFERRAL_RECEIVED,
                request,
                ReferralRequest.class,
                mapper::referral,
                sink::referralReceived);
    }

    @PostMapping("/person-records")
    @Operation(
            summary = "A conviction, caution, disposal, order or marker is held about a person",
            description = "Needs LOCAL_EVENT_PERSON_RECORD_HELD. The person becomes findable by other forces' "
                    + "blinded DVDS checks.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = PersonRecordRequest.class))))
    ResponseEntity<Object> personRecords(HttpServletRequest request) {
        return take(
                LocalEventType.PERSON_RECORD_HELD,
                request,
                PersonRecordRequest.class,
                mapper::personRecord,
                sink::personRecordHeld);
    }

    @PostMapping("/dvds-applications")
    @Operation(
            summary = "A DVDS application reached the force",
            description = "Needs LOCAL_EVENT_DVDS_APPLICATION_RECEIVED. The node stores it and starts its checks "
                    + "across the federation.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = DvdsApplicationRequest.class))))
    ResponseEntity<Object> dvdsApplications(HttpServletRequest request) {
        return take(
                LocalEventType.DVDS_APPLICATION_RECEIVED,
                request,
                DvdsApplicationRequest.class,
                mapper::dvdsApplication,
                sink::dvdsApplicationReceived);
    }

    @PostMapping("/circumstance-changes")
    @Operation(
            summary = "A person under a DAPO or SPO notified a change",
            description = "Needs LOCAL_EVENT_CIRCUMSTANCE_CHANGE_NOTIFIED. The node routes it to the force covering "
                    + "the new address and the force holding the order.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = CircumstanceChangeRequest.class))))
    ResponseEntity<Object> circumstanceChanges(HttpServletRequest request) {
        return take(
                LocalEventType.CIRCUMSTANCE_CHANGE_NOTIFIED,
                request,
                CircumstanceChangeRequest.class,
                mapper::circumstanceChange,
                sink::circumstanceChangeNotified);
    }

    @PostMapping("/corrections")
    @Operation(
            summary = "A hearing already sent was corrected at its source",
            description = "Needs LOCAL_EVENT_RECORD_CORRECTED. The hearing replaces the one delivered under the same "
                    + "reference; every force holding a hit or alert from it is told.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = CorrectionRequest.class))))
    ResponseEntity<Object> corrections(HttpServletRequest request) {
        return take(
                LocalEventType.RECORD_CORRECTED,
                request,
                CorrectionRequest.class,
                mapper::correction,
                (adapter, correction) ->
                        sink.hearingCorrected(adapter, correction.hearing(), correction.correctedOn()));
    }

    @PostMapping("/withdrawals")
    @Operation(
            summary = "A record already sent was deleted at its source",
            description = "Needs LOCAL_EVENT_RECORD_WITHDRAWN. The node withdraws it, and everything derived from it "
                    + "at every force that was told.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = WithdrawalRequest.class))))
    ResponseEntity<Object> withdrawals(HttpServletRequest request) {
        return take(
                LocalEventType.RECORD_WITHDRAWN,
                request,
                WithdrawalRequest.class,
                mapper::withdrawal,
                sink::recordWithdrawn);
    }

    /**
     * Checks the client, reads and maps the body, and only then hands the record to the node.
     *
     * @param map   the body to the adapter API's record; refuses the first field at fault
     * @param store the node's call for the event
     */
    private <T, R> ResponseEntity<Object> take(
            LocalEventType event,
            HttpServletRequest request,
            Class<T> type,
            Function<T, R> map,
            BiFunction<String, R, RecordOutcome> store) {
        String client = access.clientName();
        R record;
        try {
            access.require(event);
            record = map.apply(reader.read(request, type));
        } catch (RequestRefusedException e) {
            log.info(
                    "{} from {}: refused {}{}", event, client, e.reason(), e.field() == null ? "" : " at " + e.field());
            return refusal(e.reason().status(), e.reason().name(), e.getMessage(), e.field());
        }
        RecordOutcome outcome;
        try {
            outcome = store.apply(adapterId, record);
        } catch (RejectedRecordException e) {
            // The node's code, if it is a well-formed one; its message is not repeated, since it may not keep to
            // the rule of naming fields only.
            String code = e.reasonCode() != null && FieldForm.REASON_CODE.allows(e.reasonCode())
                    ? e.reasonCode()
                    : Reason.REJECTED_BY_NODE.name();
            log.info("{} from {}: the node refused it, {}", event, client, code);
            return refusal(HttpStatus.UNPROCESSABLE_ENTITY, code, "the node refused the record: " + code, null);
        } catch (RuntimeException e) {
            // The node's storage failed: nothing was stored, so the client may send the same request again.
            log.warn(
                    "{} from {}: the node did not take it ({})",
                    event,
                    client,
                    e.getClass().getName());
            return refusal(
                    Reason.NODE_UNAVAILABLE.status(),
                    Reason.NODE_UNAVAILABLE.name(),
                    "the node could not store the record; send it again later",
                    null);
        }
        log.info(
                "{} from {}: stored as {}{}",
                event,
                client,
                outcome.recordId(),
                outcome.duplicate() ? " (already delivered)" : "");
        return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new RecordAnswer(outcome.recordId(), outcome.duplicate()));
    }

    private static ResponseEntity<Object> refusal(HttpStatus status, String code, String message, String field) {
        return ResponseEntity.status(status).body(new Refusal(code, message, field));
    }
}
