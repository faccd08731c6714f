package org.crossflag.gateway.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.gateway.disclosures.records.PersonRecords;
import org.crossflag.gateway.hearings.records.Officer;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Person records a force holds (convictions, cautions, out-of-court disposals, orders, markers), entered by a DVDS
 * officer or by the force's integration service. The person becomes findable by other forces' blinded DVDS checks.
 */
@RestController
@RequestMapping(path = "/api/person-records", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonRecordsApiController {

    private final PersonRecords records;
    private final Quotas quotas;

    PersonRecordsApiController(PersonRecords records, Quotas quotas) {
        this.records = records;
        this.quotas = quotas;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> hold(
            @RequestBody PersonRecordRequest request, @AuthenticationPrincipal LocalApiConfiguration.OfficerUser user) {
        // Charged before anything is read, as a referral is: a login that floods the node is stopped here.
        quotas.useOfficer(
                QuotaKind.OFFICER_QUERIES, user.officerId(), user.role().wire());
        LocalRecordSink.RecordOutcome outcome =
                records.hold(request.adapterId(), request.toRecord(), new Officer(user.officerId(), user.role()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("recordId", outcome.recordId());
        body.put("duplicate", outcome.duplicate());
        return ResponseEntity.status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(body);
    }
}
