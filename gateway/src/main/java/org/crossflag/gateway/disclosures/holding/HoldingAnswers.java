package org.crossflag.gateway.disclosures.holding;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.FieldForm;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.records.HeldRecord;
import org.crossflag.gateway.disclosures.records.HeldRecordKind;
import org.crossflag.gateway.disclosures.records.PersonRecords;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.node.RefusedRequestException;
import org.crossflag.gateway.policy.PolicyDecision;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The holding force's DVDS officer answers another force's disclosure request: the records chosen for release, only
 * in categories the request named (which this node's policy accepted on receipt), each conviction, caution or
 * disposal flagged spent or not by the officer; or a refusal with a reason code. Either goes back as a signed
 * {@code DisclosureAnswer}, in the officer's name; a bad answer is refused naming the field, and nothing is sent.
 */
public final class HoldingAnswers {

    /** Kinds the Rehabilitation of Offenders Act applies to: the officer must say whether each is spent. */
    private static final Set<HeldRecordKind> MAY_BE_SPENT =
            Set.of(HeldRecordKind.CONVICTION, HeldRecordKind.CAUTION, HeldRecordKind.OUT_OF_COURT_DISPOSAL);

    private final IncomingRequests requests;
    private final IssuedDisclosureHits hits;
    private final PersonRecords records;
    private final PolicyEnforcer policy;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public HoldingAnswers(
            IncomingRequests requests,
            IssuedDisclosureHits hits,
            PersonRecords records,
            PolicyEnforcer policy,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        this.requests = requests;
        this.hits = hits;
        this.records = records;
        this.policy = policy;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public List<IncomingRequests.IncomingRequest> all() {
        return requests.all();
    }

    /** The request and what this force holds about the person behind its hit. */
    public Optional<RequestToAnswer> view(String requestId) {
        return requests.find(requestId).map(request -> new RequestToAnswer(request, held(request)));
    }

    /** Releases the chosen records. In the caller's transaction. */
    public void release(String requestId, List<Release> release, Envelope.Requester officer) {
        IncomingRequests.IncomingRequest request = open(requestId);
        if (release == null || release.isEmpty()) {
            throw RefusedRequestException.invalid(
                    "release", "DVDS_ANSWER_EMPTY", "choose at least one record to release, or refuse with a reason");
        }
        Map<String, HeldRecord> held =
                held(request).stream().collect(Collectors.toMap(HeldRecord::recordId, Function.identity()));
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        Set<DataCategory> categories = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < release.size(); i++) {
            String field = "release[" + i + "]";
            Release chosen = release.get(i);
            HeldRecord record = chosen == null ? null : held.get(chosen.recordId());
            if (record == null) {
                throw RefusedRequestException.invalid(
                        field + ".recordId",
                        "DVDS_RECORD_UNKNOWN",
                        "not a record this force holds about the person asked about");
            }
            if (!seen.add(record.recordId())) {
                throw RefusedRequestException.invalid(field + ".recordId", "DVDS_RECORD_TWICE", "chosen twice");
            }
            if (!request.categories().contains(record.category())) {
                throw RefusedRequestException.invalid(
                        field + ".recordId",
                        "DVDS_CATEGORY_NOT_ASKED",
                        "its category " + record.category().wire() + " was not asked for");
            }
            if (chosen.spent() == null && MAY_BE_SPENT.contains(record.kind())) {
                throw RefusedRequestException.invalid(
                        field + ".spent",
                        "DVDS_SPENT_NOT_STATED",
                        "say whether this " + record.kind().wire().toLowerCase().replace('_', ' ') + " is spent");
            }
            categories.add(record.category());
            ObjectNode item = items.addObject()
                    .put("category", record.category().wire())
                    .put("kind", record.kind().wire())
                    .put("date", record.date().toString())
                    .put("summary", summary(record))
                    .put("spent", Boolean.TRUE.equals(chosen.spent()));
            if (record.endsOn() != null) {
                item.put("endsOn", record.endsOn().toString());
            }
        }
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("requestMessageId", request.messageId())
                .put("outcome", "RELEASED");
        payload.set("items", items);
        send(request, officer, List.copyOf(categories), payload, "RELEASED", null);
    }

    /** Refuses the request with a reason code. In the caller's transaction. */
    public void refuse(String requestId, String reasonCode, Envelope.Requester officer) {
        IncomingRequests.IncomingRequest request = open(requestId);
        if (reasonCode == null || !FieldForm.REASON_CODE.allows(reasonCode)) {
            throw RefusedRequestException.invalid(
                    "refuse.reasonCode",
                    "DVDS_REASON_CODE_INVALID",
                    "a reason code of capital letters, digits and '_', such as DISCLOSURE_NOT_NECESSARY");
        }
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("requestMessageId", request.messageId())
                .put("outcome", "REFUSED")
                .put("reasonCode", reasonCode);
        send(request, officer, List.of(), payload, "REFUSED", reasonCode);
    }

    private void send(
            IncomingRequests.IncomingRequest request,
            Envelope.Requester officer,
            List<DataCategory> categories,
            ObjectNode payload,
            String outcome,
            String reasonCode) {
        OutgoingMessage answer = new OutgoingMessage(
                MessageType.DISCLOSURE_ANSWER,
                request.asker(),
                request.applicationId(),
                Purpose.fromWire(request.purpose()),
                LegalBasis.fromWire(request.legalBasis()),
                officer,
                new Envelope.Consent(ConsentState.fromWire(request.consentState()), request.consentJustification()),
                categories,
                payload);
        PolicyDecision decision = policy.decide(PolicyRequest.sending(answer));
        if (!decision.allowed()) {
            throw RefusedRequestException.notAllowed(
                    "POLICY_" + decision.reasonCode(),
                    "this force's data-sharing policy does not allow this answer (" + decision.reasonCode() + ")");
        }
        Instant now = clock.instant();
        outbox.queue(answer);
        requests.answered(
                request.requestId(),
                outcome.equals("RELEASED") ? IncomingRequests.ANSWERED : IncomingRequests.REFUSED,
                officer.officerId(),
                now,
                reasonCode);
        audit.record(AuditEvent.of(AuditAction.DVDS_ANSWER_SENT, outcome)
                .withMessage(null, request.applicationId())
                .withCounterpart(request.asker())
                .withActor(officer.officerId(), officer.role().wire())
                .withPurpose(request.purpose())
                .withReason(reasonCode));
    }

    private IncomingRequests.IncomingRequest open(String requestId) {
        IncomingRequests.IncomingRequest request = requests.lock(requestId)
                .orElseThrow(() -> RefusedRequestException.notFound("DVDS_REQUEST_UNKNOWN", "no such request"));
        if (!request.status().equals(IncomingRequests.OPEN)) {
            throw RefusedRequestException.conflict("DVDS_REQUEST_ANSWERED", "this request has been answered already");
        }
        return request;
    }

    private List<HeldRecord> held(IncomingRequests.IncomingRequest request) {
        return hits.find(request.hitId())
                .map(hit -> hits.peopleOf(hit).stream()
                        .flatMap(person -> records.heldAbout(person).stream())
                        .sorted(Comparator.comparing(HeldRecord::date).reversed())
                        .toList())
                .orElse(List.of());
    }

    /** A hearing has no summary of its own: its forum and reference say what it was. */
    private static String summary(HeldRecord record) {
        return record.summary() == null || record.summary().isBlank()
                ? record.kind().wire().replace('_', ' ')
                : record.summary();
    }

    /** One record to release; spent is the officer's flag (null when not stated). */
    public record Release(String recordId, Boolean spent) {}

    /** A request with the records this force holds about its person. */
    public record RequestToAnswer(IncomingRequests.IncomingRequest request, List<HeldRecord> records) {

        public RequestToAnswer {
            records = List.copyOf(records);
        }
    }
}
