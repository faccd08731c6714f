package org.crossflag.adapter.rmssoap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * The node's side of the contract as a test double: it keeps each record once per adapter and reference, answers a
 * repeat as a duplicate, and can refuse a reference or fail outright as the node might.
 */
final class RecordingSink implements LocalRecordSink {

    private final Map<String, Object> stored = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, RuntimeException> failures = new LinkedHashMap<>();

    @Override
    public synchronized RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
        return take("hearing", adapterId, hearing.localReference(), hearing);
    }

    @Override
    public synchronized RecordOutcome referralReceived(String adapterId, LocalReferral referral) {
        return take("referral", adapterId, referral.localReference(), referral);
    }

    @Override
    public synchronized RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record) {
        return take("personRecord", adapterId, record.reference(), record);
    }

    @Override
    public synchronized RecordOutcome dvdsApplicationReceived(String adapterId, LocalDvdsApplication application) {
        return take("dvdsApplication", adapterId, application.localReference(), application);
    }

    @Override
    public synchronized RecordOutcome circumstanceChangeNotified(String adapterId, LocalCircumstanceChange change) {
        return take("circumstanceChange", adapterId, change.localReference(), change);
    }

    @Override
    public synchronized RecordOutcome hearingCorrected(
            String adapterId, LocalHearing corrected, LocalDate correctedOn) {
        return take("correction", adapterId, corrected.localReference(), new Corrected(corrected, correctedOn));
    }

    @Override
    public synchronized RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal) {
        return take("withdrawal", adapterId, withdrawal.localReference(), withdrawal);
    }

    record Corrected(LocalHearing hearing, LocalDate correctedOn) {}

    private RecordOutcome take(String event, String adapterId, String reference, Object record) {
        String key = event + ":" + adapterId + "/" + reference;
        calls.add(key);
        RuntimeException failure = failures.get(reference);
        if (failure != null) {
            throw failure;
        }
        if (stored.containsKey(key)) {
            return new RecordOutcome(recordId(key), true);
        }
        stored.put(key, record);
        return new RecordOutcome(recordId(key), false);
    }

    private static String recordId(String key) {
        return java.util
                .UUID
                .nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** The node refuses this reference with this reason code and message. */
    synchronized RecordingSink refuse(String reference, String reasonCode, String message) {
        failures.put(reference, new RejectedRecordException(reasonCode, message));
        return this;
    }

    /** The node fails on this reference as if its storage were down. */
    synchronized RecordingSink fail(String reference, String message) {
        failures.put(reference, new IllegalStateException(message));
        return this;
    }

    synchronized void clear() {
        stored.clear();
        calls.clear();
        failures.clear();
    }

    /** Every record stored, keyed event:adapter/reference. */
    synchronized Map<String, Object> stored() {
        return Map.copyOf(stored);
    }

    /** Every call that reached the node, repeats and refusals included. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T only(Class<T> type) {
        List<Object> ofType = stored.values().stream().filter(type::isInstance).toList();
        if (ofType.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + ", found " + ofType.size());
        }
        return (T) ofType.get(0);
    }
}
