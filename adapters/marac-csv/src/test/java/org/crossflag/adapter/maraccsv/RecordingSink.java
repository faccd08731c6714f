package org.crossflag.adapter.maraccsv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RejectedRecordException;

/**
 * The node's side of the contract, as a test double: it stores each record once per adapter and reference and
 * answers a repeat as a duplicate, as the node promises. It can also refuse chosen references, or fail outright
 * for a number of calls (the node's storage being down).
 */
class RecordingSink implements LocalRecordSink {

    private final Map<String, Object> stored = new LinkedHashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, RejectedRecordException> refusals = new LinkedHashMap<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @Override
    public synchronized RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
        return take(adapterId, hearing.localReference(), hearing);
    }

    @Override
    public synchronized RecordOutcome referralReceived(String adapterId, LocalReferral referral) {
        return take(adapterId, referral.localReference(), referral);
    }

    @Override
    public synchronized RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record) {
        return take(adapterId, record.reference(), record);
    }

    @Override
    public synchronized RecordOutcome dvdsApplicationReceived(String adapterId, LocalDvdsApplication application) {
        return take(adapterId, application.localReference(), application);
    }

    @Override
    public synchronized RecordOutcome circumstanceChangeNotified(String adapterId, LocalCircumstanceChange change) {
        return take(adapterId, change.localReference(), change);
    }

    @Override
    public synchronized RecordOutcome hearingCorrected(
            String adapterId, LocalHearing corrected, LocalDate correctedOn) {
        String key = adapterId + "/" + corrected.localReference();
        calls.add("corrected " + key);
        if (!stored.containsKey(key)) {
            throw new RejectedRecordException("RECORD_NOT_FOUND", "no record under this reference");
        }
        stored.put(key, corrected);
        return new RecordOutcome(key, false);
    }

    @Override
    public synchronized RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal) {
        String key = adapterId + "/" + withdrawal.localReference();
        calls.add("withdrawn " + key);
        if (stored.remove(key) == null) {
            throw new RejectedRecordException("RECORD_NOT_FOUND", "no record under this reference");
        }
        return new RecordOutcome(key, false);
    }

    private RecordOutcome take(String adapterId, String reference, Object record) {
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("storage unavailable while storing " + reference);
        }
        String key = adapterId + "/" + reference;
        calls.add(key);
        if (refusals.containsKey(reference)) {
            throw refusals.get(reference);
        }
        if (stored.containsKey(key)) {
            return new RecordOutcome(key, true);
        }
        stored.put(key, record);
        return new RecordOutcome(key, false);
    }

    /** The node refuses this reference, with this reason code and message. */
    synchronized RecordingSink refuse(String reference, String reasonCode, String message) {
        refusals.put(reference, new RejectedRecordException(reasonCode, message));
        return this;
    }

    /** The next calls fail as if the node's storage were down. */
    RecordingSink failNext(int calls) {
        failuresLeft.set(calls);
        return this;
    }

    synchronized List<Object> records() {
        return List.copyOf(stored.values());
    }

    synchronized List<LocalHearing> hearings() {
        return stored.values().stream()
                .filter(LocalHearing.class::isInstance)
                .map(LocalHearing.class::cast)
                .toList();
    }

    synchronized List<LocalReferral> referrals() {
        return stored.values().stream()
                .filter(LocalReferral.class::isInstance)
                .map(LocalReferral.class::cast)
                .toList();
    }

    synchronized LocalHearing hearing(String reference) {
        return hearings().stream()
                .filter(h -> h.localReference().equals(reference))
                .findFirst()
                .orElseThrow();
    }

    /** Every call that reached the node's storage, as adapter/reference, repeats included. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
