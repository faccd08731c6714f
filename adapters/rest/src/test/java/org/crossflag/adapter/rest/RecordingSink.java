package org.crossflag.adapter.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RejectedRecordException;

/**
 * The node's side of the contract as a test double: it keeps every call it receives, stores each reference once per
 * adapter (a repeat is a duplicate), and can refuse a chosen reference or fail as if its storage were down.
 */
final class RecordingSink implements LocalRecordSink {

    /** One call as it reached the node. */
    record Call(String method, String adapterId, Object record, LocalDate date) {}

    private final List<Call> calls = new ArrayList<>();
    private final Map<String, String> stored = new HashMap<>();
    private final Map<String, RejectedRecordException> refusals = new HashMap<>();
    private RuntimeException failure;

    @Override
    public synchronized RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
        return take("hearingHeld", adapterId, hearing.localReference(), hearing, null);
    }

    @Override
    public synchronized RecordOutcome referralReceived(String adapterId, LocalReferral referral) {
        return take("referralReceived", adapterId, referral.localReference(), referral, null);
    }

    @Override
    public synchronized RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record) {
        return take("personRecordHeld", adapterId, record.reference(), record, null);
    }

    @Override
    public synchronized RecordOutcome dvdsApplicationReceived(String adapterId, LocalDvdsApplication application) {
        return take("dvdsApplicationReceived", adapterId, application.localReference(), application, null);
    }

    @Override
    public synchronized RecordOutcome circumstanceChangeNotified(String adapterId, LocalCircumstanceChange change) {
        return take("circumstanceChangeNotified", adapterId, change.localReference(), change, null);
    }

    @Override
    public synchronized RecordOutcome hearingCorrected(
            String adapterId, LocalHearing corrected, LocalDate correctedOn) {
        return take("hearingCorrected", adapterId, corrected.localReference(), corrected, correctedOn);
    }

    @Override
    public synchronized RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal) {
        return take("recordWithdrawn", adapterId, withdrawal.localReference(), withdrawal, withdrawal.withdrawnOn());
    }

    private RecordOutcome take(String method, String adapterId, String reference, Object record, LocalDate date) {
        calls.add(new Call(method, adapterId, record, date));
        if (failure != null) {
            throw failure;
        }
        if (refusals.containsKey(reference)) {
            throw refusals.get(reference);
        }
        String key = method + "/" + adapterId + "/" + reference;
        String existing = stored.get(key);
        if (existing != null) {
            return new RecordOutcome(existing, true);
        }
        String recordId = "00000000-0000-4000-8000-" + String.format("%012d", stored.size() + 1);
        stored.put(key, recordId);
        return new RecordOutcome(recordId, false);
    }

    /** The node refuses this reference, with this reason code and message. */
    synchronized void refuse(String reference, String reasonCode, String message) {
        refusals.put(reference, new RejectedRecordException(reasonCode, message));
    }

    /** Every call fails with this, as if the node's storage were down. */
    synchronized void failWith(RuntimeException e) {
        failure = e;
    }

    synchronized void reset() {
        calls.clear();
        stored.clear();
        refusals.clear();
        failure = null;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The one call received, failing the test unless there was exactly one. */
    synchronized Call onlyCall() {
        if (calls.size() != 1) {
            throw new AssertionError("expected one call to the node, got " + calls.size());
        }
        return calls.get(0);
    }
}
